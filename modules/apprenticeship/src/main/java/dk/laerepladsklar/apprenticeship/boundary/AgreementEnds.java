package dk.laerepladsklar.apprenticeship.boundary;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.PlacementStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Once a night, puts students whose agreement has ended back to seeking (the history keeps the change, dated the day
 * after the end), so caseloads and figures are right for students who do not open their page. The student's page does
 * the same on read; doing it twice is harmless, since an agreement's end is handled once. A round also runs at
 * start-up, to catch up on a night the server was down.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class AgreementEnds {

    private static final Logger LOG = Logger.getLogger(AgreementEnds.class);

    @Inject
    SearchRecords records;

    @PostConstruct
    void atStart() {
        nightly();
    }

    @Schedule(hour = "2", minute = "15", persistent = false, info = "apprenticeship agreements ended")
    void nightly() {
        try {
            int changed = run(Searches.today(), Instant.now());
            LOG.infof("Apprenticeship search: ended agreements round: %d student(s) back to seeking", changed);
        } catch (RuntimeException e) {
            LOG.warnf("Apprenticeship search: ended agreements round stopped: %s", e.toString());
        }
    }

    /** One round in the singleton's transaction; how many students went back to seeking. */
    int run(LocalDate today, Instant now) {
        int changed = 0;
        for (PlacementStatus status : records.signedWithEndedAgreement(today)) {
            Agreement agreement = records.agreement(status.student(), status.getAgreementId()).orElse(null);
            if (status.agreementEnded(agreement, Searches.BY_THE_TOOL, today, now).map(c -> {
                records.persist(c);
                return c;
            }).isPresent()) {
                changed++;
            }
        }
        return changed;
    }
}
