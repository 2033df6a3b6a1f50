package dk.laerepladsklar.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * What a student is called when the LMS shares no names: "Elev 4" for Moodle's numeric user ids, else a short
 * code made from the LMS's id ("Elev K7P2M"). The same student gets the same label on every page and in every
 * export, without storing anything.
 */
public final class StudentLabels {

    static final String BUNDLE = "dk.laerepladsklar.kernel.messages";
    /** Crockford's base 32: no I, L, O or U to misread. */
    private static final char[] DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private StudentLabels() {
    }

    /** The name if there is one, else the label. */
    public static String nameOrLabel(String name, String subject, Locale locale) {
        return name != null && !name.isBlank() ? name : label(subject, locale);
    }

    public static String label(String subject, Locale locale) {
        return PageMessages.text(BUNDLE, locale, "student.label", code(subject));
    }

    /** One sentence for the page that shows labels: why there are no names. */
    public static String explanation(Locale locale) {
        return PageMessages.text(BUNDLE, locale, "student.label.explained");
    }

    static String code(String subject) {
        if (subject == null) {
            return "?";
        }
        if (subject.matches("\\d{1,9}")) {
            return subject;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 4; i++) {
                bits = bits << 8 | (hash[i] & 0xff);
            }
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 5; i++) {
                code.append(DIGITS[(int) (bits >>> (5 * i) & 31)]);
            }
            return code.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
