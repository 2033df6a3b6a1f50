package dk.laerepladsklar.apprenticeship.control;

import dk.laerepladsklar.apprenticeship.entity.Agreement;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.time.LocalDate;
import java.util.List;

/**
 * The caseload's filters: the students who need a colleague's attention now. Each is a rule on a {@link CaseloadLine}
 * and today's date, so the page, the CSV and the tests agree.
 */
public enum CaseloadFilter {
    /** Everyone. */
    ALL("all"),
    /**
     * "Ingen ansøgning i 14 dage": still looking (or not started) and no application sent in the last 14 days (an
     * application sent exactly 14 days ago still counts).
     */
    NO_RECENT_APPLICATION("no-application"),
    /**
     * "Ikke registreret som søgende, og fristen nærmer sig": looking but not registered on lærepladsen.dk (or not
     * started), and the 8-week deadline is at most 14 days away or has passed.
     */
    DEADLINE_NEAR("deadline"),
    /** "Aftalen slutter inden for 60 dage": an agreement that has not ended and ends within 60 days. */
    AGREEMENT_ENDING("agreement-ending");

    /** How long without an application before a student shows. */
    public static final int QUIET_DAYS = 14;
    /** How close the registration deadline must be (or past) before an unregistered student shows. */
    public static final int DEADLINE_WARNING_DAYS = 14;

    private final String key;

    CaseloadFilter(String key) {
        this.key = key;
    }

    /** The filter's name in a page address ({@code ?filter=deadline}). */
    public String key() {
        return key;
    }

    /** The filter named in an address; anything else (or nothing) is {@link #ALL}. */
    public static CaseloadFilter byKey(String key) {
        for (CaseloadFilter f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        return ALL;
    }

    public boolean matches(CaseloadLine line, LocalDate today) {
        return switch (this) {
            case ALL -> true;
            case NO_RECENT_APPLICATION -> line.seeking()
                    && (line.lastApplication() == null || line.lastApplication().isBefore(today.minusDays(QUIET_DAYS)));
            case DEADLINE_NEAR -> (line.state() == null || line.state() == PlacementState.SEEKING)
                    && line.daysToDeadline() != null && line.daysToDeadline() <= DEADLINE_WARNING_DAYS;
            case AGREEMENT_ENDING -> line.state() == PlacementState.AGREEMENT_SIGNED && line.daysToAgreementEnd() != null
                    && line.daysToAgreementEnd() >= 0 && line.daysToAgreementEnd() <= Agreement.ENDING_WITHIN_DAYS;
        };
    }

    public List<CaseloadLine> apply(List<CaseloadLine> lines, LocalDate today) {
        return lines.stream().filter(l -> matches(l, today)).toList();
    }

    /** How many lines each filter keeps, for the filter buttons' counts. */
    public long count(List<CaseloadLine> lines, LocalDate today) {
        return lines.stream().filter(l -> matches(l, today)).count();
    }
}
