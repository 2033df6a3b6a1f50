package dk.laerepladsklar.jobsearchweek.entity;

import java.util.Locale;
import java.util.Optional;

/** Whether a student came to a session or a café: the four words a register uses. */
public enum AttendanceStatus {
    PRESENT,
    ABSENT,
    /** Away with a reason the school accepts (ill, a job interview). */
    EXCUSED,
    LATE;

    /** The status a form or a link names ({@code present}, {@code absent}, {@code excused}, {@code late}). */
    public static Optional<AttendanceStatus> byKey(String key) {
        if (key == null || key.length() > 10) {
            return Optional.empty();
        }
        for (AttendanceStatus status : values()) {
            if (status.key().equals(key)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the student was there (late counts: they came). */
    public boolean came() {
        return this == PRESENT || this == LATE;
    }

    /**
     * What one tap on a student's row makes of their status: nothing yet or away becomes present, present becomes
     * absent; an excused or late student becomes present (the tap says "here").
     */
    public static AttendanceStatus afterTap(AttendanceStatus now) {
        return now == PRESENT ? ABSENT : PRESENT;
    }
}
