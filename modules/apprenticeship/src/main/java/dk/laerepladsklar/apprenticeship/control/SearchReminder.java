package dk.laerepladsklar.apprenticeship.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something the student should do about their search, and by when: a page words it in the reader's language from its
 * kind ({@code reminder.<kind>} in the bundle, with the company or date as its argument).
 *
 * @param application the application a follow-up is about; null for the others
 * @param subject     what the text names: the company of a follow-up, otherwise null
 */
public record SearchReminder(Kind kind, LocalDate due, UUID application, String subject) implements Serializable {

    public enum Kind {
        /** An application's follow-up date has come. */
        FOLLOW_UP,
        /** The agreement ends within 60 days: find the next one in good time. */
        AGREEMENT_ENDING,
        /** A check-in is offered this week during probation. */
        CHECK_IN,
        /** Not registered as seeking on lærepladsen.dk and the 8-week deadline is within 14 days (or passed). */
        REGISTER_SEEKING
    }

    public SearchReminder {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }
}
