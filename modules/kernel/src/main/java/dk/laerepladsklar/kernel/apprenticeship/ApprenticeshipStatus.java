package dk.laerepladsklar.kernel.apprenticeship;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import java.util.Optional;

/**
 * Whether a student has an apprenticeship agreement, from a source that knows (a module that follows the student's
 * search for a placement contributes one as an {@code @ApplicationScoped} bean). Asked through {@link Apprenticeships},
 * which finds the contributions with {@code Instance<ApprenticeshipStatus>}; while none is deployed, nobody knows, and
 * a page falls back on what the teacher ticked.
 */
public interface ApprenticeshipStatus {

    /** True when the student has an apprenticeship, false when they are still looking; empty when this source cannot say. */
    Optional<Boolean> hasApprenticeship(StudentRef student);
}
