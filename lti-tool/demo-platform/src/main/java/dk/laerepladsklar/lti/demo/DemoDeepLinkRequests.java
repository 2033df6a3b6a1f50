package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Deep Linking requests the demo LMS sent and still waits for, by their opaque {@code data} value:
 * the tool must echo it, and the LMS learns from it which course the answer is for. Each can be answered
 * once, within an hour.
 */
@ApplicationScoped
public class DemoDeepLinkRequests {

    static final long LIFETIME_SECONDS = 3600;

    /** A request waiting for its answer. */
    public record Pending(String data, String clientId, String deploymentId, String courseId, String userId,
                          String locale, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    public String open(DemoToolClient client, String courseId, String userId, String locale, Instant now) {
        pending.values().removeIf(p -> p.expiresAt().isBefore(now));
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String data = "dl-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(data, new Pending(data, client.clientId(), client.deploymentId(), courseId, userId, locale,
                now.plusSeconds(LIFETIME_SECONDS)));
        return data;
    }

    /** The request this {@code data} belongs to, if it is still waiting for this tool's answer. */
    public Optional<Pending> find(String data, String clientId, Instant now) {
        Pending request = data == null ? null : pending.get(data);
        if (request == null || !request.clientId().equals(clientId) || request.expiresAt().isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /** Marks the request answered; false if it was answered already. */
    public boolean close(String data) {
        return pending.remove(data) != null;
    }
}
