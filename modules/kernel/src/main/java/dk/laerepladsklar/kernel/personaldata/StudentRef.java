package dk.laerepladsklar.kernel.personaldata;

import dk.laerepladsklar.lti.api.PlatformId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One student as their school's LMS knows them: the platform and the LMS user id ({@code sub}). Every module keeps
 * its rows per (platform, subject), so this is the key an export or an erasure works on.
 */
public record StudentRef(PlatformId platform, String subject) {

    /** LTI Core: {@code sub} is at most 255 characters. */
    public static final int MAX_SUBJECT = 255;

    public StudentRef {
        Objects.requireNonNull(platform, "platform");
        if (!isSubject(subject)) {
            throw new IllegalArgumentException("Not an LMS user id");
        }
    }

    /** 1 to 255 characters, not blank, no control characters: what an LMS can send as {@code sub}. */
    public static boolean isSubject(String subject) {
        return subject != null && !subject.isBlank() && subject.length() <= MAX_SUBJECT
                && subject.codePoints().noneMatch(Character::isISOControl);
    }

    /**
     * A short neutral id for log lines (12 hex digits of a SHA-256 over platform and subject): it tells two log
     * lines about the same student apart without writing their LMS id into the server log.
     */
    public String pseudonym() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((platform.value() + "|" + subject).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Never the subject itself: a StudentRef may end up in a log line through string concatenation. */
    @Override
    public String toString() {
        return "student " + pseudonym();
    }
}
