package dk.laerepladsklar.kernel.launch;

import dk.laerepladsklar.lti.api.Launch;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The launches of one browser session, side by side: two tabs of the same LMS share a session (partitioned cookies
 * make them), and each keeps acting on the course it was launched from. Bounded: the oldest launch is dropped when
 * a {@value #LIMIT}st arrives, and its pages then say "open it again from your course". Held in memory with the
 * session, no database write per launch.
 */
@SessionScoped
public class LaunchContexts implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More launches than anyone keeps open; each is a few hundred bytes. */
    public static final int LIMIT = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkedHashMap<String, LaunchContext> byId = new LinkedHashMap<>();

    /** Keeps a new launch, dropping the oldest beyond the limit; answers the context its pages will carry. */
    public synchronized LaunchContext open(Launch launch, UUID placementId) {
        LaunchContext context = LaunchContext.of(newId(), launch, placementId);
        keep(context);
        return context;
    }

    /**
     * Keeps a launch context handed over from another session (the LMS frame's, through a one-time code) under a new
     * id of this session: the same actor, course, link and placement, as if this window had been launched.
     */
    public synchronized LaunchContext adopt(LaunchContext handedOver) {
        LaunchContext context = handedOver.withId(newId());
        keep(context);
        return context;
    }

    private void keep(LaunchContext context) {
        byId.put(context.id(), context);
        Iterator<Map.Entry<String, LaunchContext>> oldest = byId.entrySet().iterator();
        while (byId.size() > LIMIT && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** The context of this id, if this session holds it (a stale or another session's id finds nothing). */
    public synchronized Optional<LaunchContext> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** Remembers the placed activity a teacher chose for the link of this context. */
    public synchronized Optional<LaunchContext> openPlacement(String id, UUID placementId) {
        LaunchContext context = byId.get(id);
        if (context == null) {
            return Optional.empty();
        }
        LaunchContext updated = context.withPlacement(placementId);
        byId.replace(id, updated);
        return Optional.of(updated);
    }

    public synchronized int size() {
        return byId.size();
    }

    /** 128 random bits, URL-safe: unguessable, and worthless without the session that holds it. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a value can be a context id at all (22 URL-safe characters); anything else is not looked up. */
    public static boolean isWellFormed(String id) {
        return id != null && id.length() == 22 && id.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9' || c == '-' || c == '_');
    }
}
