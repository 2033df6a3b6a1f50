package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.media.RetentionSetting;
import dk.laerepladsklar.kernel.media.SchoolRetention;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.AdminAuditLog;
import dk.laerepladsklar.media.control.MediaSettings;
import dk.laerepladsklar.media.control.RetentionDates;
import dk.laerepladsklar.media.entity.MediaRow;
import dk.laerepladsklar.media.entity.SchoolRetentionRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Each school's retention for assessed files, kept in {@code media_school_retention}. A change reschedules the school's
 * assessed files in the same transaction ({@link RetentionDates}: a shorter setting never deletes anything before the
 * next day, nor anything not yet assessed) and is written to the tool's admin audit log ({@code
 * SCHOOL_RETENTION_CHANGED}, {@code SCHOOL_RETENTION_RESET}) with the client's address, never a person's id.
 */
@ApplicationScoped
public class SchoolRetentions implements SchoolRetention {

    private static final Logger LOG = Logger.getLogger(SchoolRetentions.class);

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminAuditLog audit;

    /** Days from assessment to deletion for this school: its own choice, else the operator's default. */
    @Transactional
    public int daysFor(PlatformId school) {
        SchoolRetentionRow row = em.find(SchoolRetentionRow.class, school.value());
        return row != null ? row.getDays() : operatorDefault();
    }

    @Override
    @Transactional
    public RetentionSetting of(PlatformId school) {
        Objects.requireNonNull(school, "school");
        SchoolRetentionRow row = em.find(SchoolRetentionRow.class, school.value());
        return row == null ? new RetentionSetting(operatorDefault(), false, operatorDefault(), null, 0)
                : new RetentionSetting(row.getDays(), true, operatorDefault(), row.getChangedAt(), 0);
    }

    @Override
    @Transactional
    public RetentionSetting change(PlatformId school, int days, String clientAddress) {
        Objects.requireNonNull(school, "school");
        if (!SchoolRetention.acceptable(days)) {
            throw new IllegalArgumentException("Retention must be " + MIN_DAYS + "–" + MAX_DAYS + " days, not " + days);
        }
        Instant now = Instant.now();
        SchoolRetentionRow row = em.find(SchoolRetentionRow.class, school.value(), LockModeType.PESSIMISTIC_WRITE);
        int before = row == null ? operatorDefault() : row.getDays();
        if (row == null) {
            row = new SchoolRetentionRow(school.value(), days, now);
            em.persist(row);
        } else {
            row.change(days, now);
        }
        int moved = reschedule(school, days, now);
        audit.record(clientAddress, "SCHOOL_RETENTION_CHANGED", "platform " + school.value() + ": " + before + " → " + days
                + " days after assessment, by the school's LMS administrator; " + moved + " assessed file(s) rescheduled");
        LOG.infof("School retention changed: %d → %d days, %d file(s) rescheduled", before, days, moved);
        return new RetentionSetting(days, true, operatorDefault(), now, moved);
    }

    @Override
    @Transactional
    public RetentionSetting reset(PlatformId school, String clientAddress) {
        Objects.requireNonNull(school, "school");
        SchoolRetentionRow row = em.find(SchoolRetentionRow.class, school.value(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            return of(school);
        }
        int before = row.getDays();
        em.remove(row);
        Instant now = Instant.now();
        int moved = reschedule(school, operatorDefault(), now);
        audit.record(clientAddress, "SCHOOL_RETENTION_RESET", "platform " + school.value() + ": " + before + " → the default "
                + operatorDefault() + " days after assessment, by the school's LMS administrator; " + moved
                + " assessed file(s) rescheduled");
        LOG.infof("School retention reset: %d → %d days (default), %d file(s) rescheduled", before, operatorDefault(), moved);
        return new RetentionSetting(operatorDefault(), false, operatorDefault(), null, moved);
    }

    /** New dates for the school's assessed files that still exist; files not assessed have none and keep none. */
    private int reschedule(PlatformId school, int days, Instant now) {
        List<MediaRow> assessed = em.createQuery("select m from MediaRow m where m.platformId = :platform "
                        + "and m.assessedAt is not null", MediaRow.class)
                .setParameter("platform", school.value()).getResultList();
        int moved = 0;
        for (MediaRow row : assessed) {
            Instant until = RetentionDates.rescheduled(row.getAssessedAt(), row.getRetainUntil(), days, now);
            if (!until.equals(row.getRetainUntil())) {
                row.rescheduled(until);
                moved++;
            }
        }
        return moved;
    }

    private static int operatorDefault() {
        return (int) MediaSettings.retention().toDays();
    }
}
