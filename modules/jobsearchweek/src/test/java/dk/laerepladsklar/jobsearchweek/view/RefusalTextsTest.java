package dk.laerepladsklar.jobsearchweek.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reason the week's code can refuse a change with has a sentence in both languages, so a teacher never sees a
 * bare "It could not be saved" for a rule the code knows. Reasons are read from the sources: literal ones, and the
 * ones a text or link check makes from a field's name.
 */
class RefusalTextsTest {

    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern LITERAL = Pattern.compile("WeekRefused\\(\"([A-Z_]+)\"\\)|date\\([^,]+, \"([A-Z_]+)\"\\)");
    private static final Pattern TEXT = Pattern.compile("WeekTexts\\.(required|optional|optionalText)\\([^;]*?\"([A-Z_]+)\"\\)");
    private static final Pattern LINK = Pattern.compile("WeekTexts\\.link\\([^;]*?(true|false), \"([A-Z_]+)\"\\)");

    @Test
    void everyReasonHasASentenceInDanishAndEnglish() throws IOException {
        Set<String> reasons = reasons();
        assertTrue(reasons.containsAll(List.of("SESSION_ENDS_BEFORE_START", "DAY_OUTSIDE_WEEK", "SESSION_LINK_NOT_WEB",
                "TASK_LINK_NOT_HTTPS", "SESSION_BRING_TOO_LONG", "WEEK_TITLE_MISSING", "DUE_MISSING")), reasons.toString());
        Set<String> missing = new TreeSet<>();
        for (Locale locale : List.of(new Locale("da"), Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle(WeekPlanView.BUNDLE, locale);
            for (String reason : reasons) {
                try {
                    bundle.getString("refused." + reason);
                } catch (MissingResourceException e) {
                    missing.add(locale + ": " + reason);
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static Set<String> reasons() throws IOException {
        Set<String> reasons = new TreeSet<>(Set.of("BAD_DATE", "BAD_TIME", "OTHER"));
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher literal = LITERAL.matcher(source);
                while (literal.find()) {
                    reasons.add(literal.group(1) != null ? literal.group(1) : literal.group(2));
                }
                Matcher text = TEXT.matcher(source);
                while (text.find()) {
                    if (text.group(1).equals("required")) {
                        reasons.add(text.group(2) + "_MISSING");
                    }
                    reasons.add(text.group(2) + "_TOO_LONG");
                }
                Matcher link = LINK.matcher(source);
                while (link.find()) {
                    reasons.add(link.group(2) + (link.group(1).equals("true") ? "_NOT_WEB" : "_NOT_HTTPS"));
                    reasons.add(link.group(2) + "_TOO_LONG");
                }
            }
        }
        reasons.removeIf(r -> r.equals("X"));
        return reasons;
    }
}
