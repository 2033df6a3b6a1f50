package dk.laerepladsklar.apprenticeship.entity;

/** The length caps and clean-up of what students type, in one place so entities and forms agree. */
public final class Texts {

    public static final int NAME = 200;
    public static final int TRADE = 120;
    public static final int NOTES = 2000;
    public static final int NOTE_TO_MENTOR = 1000;
    public static final int DEPARTMENT = 200;
    /** A course's title as the LMS sends it (Moodle allows 254 characters; a class's name is far shorter). */
    public static final int COURSE_TITLE = 200;

    private Texts() {
    }

    /** Trimmed, or null when empty; refused with {@code <field>_TOO_LONG} above the cap, {@code <field>_MISSING} when required and empty. */
    public static String clean(String text, int max, String field, boolean required) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw new ApprenticeshipRefused(field + "_MISSING");
            }
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            throw new ApprenticeshipRefused(field + "_TOO_LONG");
        }
        // Control characters other than line breaks and tabs have no place in a note and break exports.
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new ApprenticeshipRefused(field + "_INVALID");
        }
        return trimmed;
    }

    /**
     * Text an LMS sent (a name, a course's title): not refused, since nobody here typed it, but made safe to keep and
     * show: control characters become spaces, runs of white space one space, cut to {@code max} characters without
     * splitting a letter outside the Basic Multilingual Plane; null when nothing is left.
     */
    public static String asSent(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder tidy = new StringBuilder();
        text.codePoints().map(c -> Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c)
                .forEach(tidy::appendCodePoint);
        String collapsed = tidy.toString().replaceAll(" {2,}", " ").strip();
        if (collapsed.isEmpty()) {
            return null;
        }
        return collapsed.codePointCount(0, collapsed.length()) <= max ? collapsed
                : collapsed.substring(0, collapsed.offsetByCodePoints(0, max)).strip();
    }
}
