package dk.laerepladsklar.kernel.apprenticeship;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/** The one place pages ask whether a student has an apprenticeship: the first contributed source that knows. */
@ApplicationScoped
public class Apprenticeships {

    @Inject
    Instance<ApprenticeshipStatus> sources;

    /** What a source knows; empty when no source is deployed or none knows this student. */
    public Optional<Boolean> hasApprenticeship(StudentRef student) {
        for (ApprenticeshipStatus source : sources) {
            Optional<Boolean> known = source.hasApprenticeship(student);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }
}
