package dk.laerepladsklar.kernel.reminder;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a student should do by a day, as a capability reminds them of it on their pages ("Husk"): a follow-up on an
 * application, a registration due before a deadline.
 *
 * @param text what to do, in the student's language (1 to {@value #MAX_TEXT} characters, no control characters)
 * @param href where to do it: a path of this tool ({@code /apprenticeship/search.xhtml?...}), never another site; the
 *             page that shows it adds the launch's context
 * @param due  the day it is due (Danish time); before today it is overdue
 */
public record Reminder(String text, String href, LocalDate due) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_HREF = 500;

    public Reminder {
        Objects.requireNonNull(due, "due");
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT
                || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A reminder's text is 1 to " + MAX_TEXT + " characters");
        }
        if (!isToolPath(href)) {
            throw new IllegalArgumentException("A reminder links to a page of this tool");
        }
        text = text.strip();
    }

    /**
     * A path below this tool: starts with one {@code /} (not {@code //}, which a browser reads as another host), no
     * back-slashes, white space or control characters, and no scheme; at most {@value #MAX_HREF} characters.
     */
    static boolean isToolPath(String href) {
        return href != null && href.length() <= MAX_HREF && href.startsWith("/") && !href.startsWith("//")
                && href.codePoints().noneMatch(c -> c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c));
    }

    /** Whether it was due before this day. */
    public boolean isOverdue(LocalDate today) {
        return due.isBefore(today);
    }
}
