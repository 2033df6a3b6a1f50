package dk.laerepladsklar.kernel.media;

import dk.laerepladsklar.lti.api.PlatformId;

/**
 * How long a school (a platform) keeps the recordings and other files its teachers have assessed, counted from the
 * assessment. A school that has chosen nothing keeps the operator's default ({@code LPK_MEDIA_RETENTION_DAYS}, 90
 * days). Scores and feedback are not files: they stay. The media store sets each file's deletion date from this when
 * the owning feature marks it assessed ({@link MediaStore#assessed}); a change applies to the school's assessed files
 * not yet deleted, never to a file not yet assessed.
 */
public interface SchoolRetention {

    /** The shortest a school may choose: a week leaves a student time to watch their feedback. */
    int MIN_DAYS = 7;
    /** The longest: one school year and a summer; longer needs the operator's default. */
    int MAX_DAYS = 365;

    /** What applies to this school now. */
    RetentionSetting of(PlatformId school);

    /**
     * The school's administrator chose a number of days ({@value #MIN_DAYS}–{@value #MAX_DAYS}); the change is
     * written to the audit log with the client's address, and the school's assessed files get their new dates.
     *
     * @throws IllegalArgumentException when the days are outside the bounds (nothing is changed)
     */
    RetentionSetting change(PlatformId school, int days, String clientAddress);

    /** Goes back to the operator's default; audited like a change. */
    RetentionSetting reset(PlatformId school, String clientAddress);

    static boolean acceptable(int days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }
}
