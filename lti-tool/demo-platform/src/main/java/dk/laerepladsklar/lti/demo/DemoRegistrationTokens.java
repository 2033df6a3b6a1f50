package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One-time registration tokens, valid for an hour, as Moodle hands them to a tool being registered. */
@ApplicationScoped
public class DemoRegistrationTokens {

    enum Check { VALID, UNKNOWN, USED, EXPIRED }

    private static final long LIFETIME_MILLIS = 3_600_000;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, long[]> tokens = new ConcurrentHashMap<>();

    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new long[] {System.currentTimeMillis() + LIFETIME_MILLIS, 0});
        return token;
    }

    /** Checks a token without using it (reading the configuration does not use it up). */
    Check check(String token) {
        long[] entry = token == null ? null : tokens.get(token);
        if (entry == null) {
            return Check.UNKNOWN;
        }
        if (entry[1] != 0) {
            return Check.USED;
        }
        return entry[0] < System.currentTimeMillis() ? Check.EXPIRED : Check.VALID;
    }

    /** Uses a token up; only the first caller gets VALID. */
    synchronized Check use(String token) {
        Check check = check(token);
        if (check == Check.VALID) {
            tokens.get(token)[1] = 1;
        }
        return check;
    }
}
