package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import dk.laerepladsklar.kernel.apprenticeship.ApprenticeshipStatus;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The kernel's apprenticeship port answered from the student's placement status: an agreement signed and not ended is
 * an apprenticeship; seeking, registered as seeking and school-based training are not (a student in school-based
 * training still looks for an agreement, so the job café wants them). A student who never opened the search is unknown
 * here, and the café falls back on the teacher's tick. An agreement that ended yesterday counts as ended even before
 * the daily round or the student's page has put them back to seeking.
 */
@ApplicationScoped
public class PlacementStatusApprenticeship implements ApprenticeshipStatus {

    @Inject
    SearchRecords records;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Boolean> hasApprenticeship(StudentRef student) {
        Optional<PlacementStatus> status = records.status(student);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        if (status.get().getState() != PlacementState.AGREEMENT_SIGNED) {
            return Optional.of(false);
        }
        LocalDate today = Searches.today();
        return Optional.of(records.agreement(student, status.get().getAgreementId())
                .map(a -> !a.hasEndedBy(today)).orElse(false));
    }

}
