package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One-time hand-over codes, held in this node's memory (a code lives a minute; a cluster needs sticky sessions, as
 * for the login state). A code is 256 random bits; only its SHA-256 is kept, so a heap dump shows no usable code. Each
 * is bound to the launch context and the session that asked for it, opens one window within {@link #VALID}, and dies
 * with its session. A used or expired code is remembered a little longer, so its refusal names the right reason.
 */
@ApplicationScoped
public class HandoverCodes {

    /** How long a code waits for its window. */
    public static final Duration VALID = Duration.ofSeconds(60);
    /** How long a used or expired code is remembered, to tell "used" and "expired" from "unknown". */
    static final Duration REMEMBERED = Duration.ofMinutes(10);
    /** Codes waiting in one session: a few clicks on "open in a new window", never a flood. */
    static final int PER_SESSION = 10;
    /** Codes waiting in all. */
    static final int IN_ALL = 20_000;
    private static final int CODE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    enum State { OPEN, USED, SESSION_ENDED }

    private record Entry(LaunchContext context, String returnPath, String sessionKey, Instant expiresAt,
                         AtomicReference<State> state) {
        boolean waiting(Instant now) {
            return state.get() == State.OPEN && !now.isAfter(expiresAt);
        }
    }

    /** What a code gave: the launch context and page for the new window, or why not. */
    public record Redemption(HandoverRefusal refusal, LaunchContext context, String returnPath) {
        public boolean accepted() {
            return refusal == null;
        }
    }

    /** A code refused before it was made. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final HandoverRefusal reason;

        Refused(HandoverRefusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public HandoverRefusal reason() {
            return reason;
        }
    }

    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

    /**
     * A new code for this launch context of this session, to open {@code returnPath} (already checked by
     * {@link ReturnPath}); the code itself exists only in the answer.
     */
    public String issue(LaunchContext context, String sessionKey, String returnPath, Instant now) throws Refused {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(sessionKey, "session key");
        Objects.requireNonNull(returnPath, "return path");
        forgetOld(now);
        long waitingHere = byHash.values().stream().filter(e -> e.sessionKey().equals(sessionKey) && e.waiting(now)).count();
        if (waitingHere >= PER_SESSION || byHash.size() >= IN_ALL) {
            throw new Refused(HandoverRefusal.HANDOVER_TOO_MANY);
        }
        byte[] bytes = new byte[CODE_BYTES];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        byHash.put(hash(code), new Entry(context, returnPath, sessionKey, now.plus(VALID), new AtomicReference<>(State.OPEN)));
        return code;
    }

    /** Uses a code: the first redemption within its minute gets the context, every other one a reason. */
    public Redemption redeem(String code, Instant now) {
        if (code == null || code.isEmpty()) {
            return refused(HandoverRefusal.HANDOVER_CODE_MISSING);
        }
        if (!isWellFormed(code)) {
            return refused(HandoverRefusal.HANDOVER_CODE_MALFORMED);
        }
        Entry entry = byHash.get(hash(code));
        if (entry == null) {
            return refused(HandoverRefusal.HANDOVER_CODE_UNKNOWN);
        }
        State state = entry.state().get();
        if (state == State.USED) {
            return refused(HandoverRefusal.HANDOVER_CODE_USED);
        }
        if (state == State.SESSION_ENDED) {
            return refused(HandoverRefusal.HANDOVER_SESSION_ENDED);
        }
        if (now.isAfter(entry.expiresAt())) {
            return refused(HandoverRefusal.HANDOVER_CODE_EXPIRED);
        }
        if (!entry.state().compareAndSet(State.OPEN, State.USED)) {
            // another request took it this very moment, or its session ended meanwhile
            return refused(entry.state().get() == State.USED ? HandoverRefusal.HANDOVER_CODE_USED
                    : HandoverRefusal.HANDOVER_SESSION_ENDED);
        }
        return new Redemption(null, entry.context(), entry.returnPath());
    }

    /** The session that asked has ended: its waiting codes open nothing any more. */
    public void sessionEnded(String sessionKey) {
        if (sessionKey != null) {
            byHash.values().stream().filter(e -> e.sessionKey().equals(sessionKey))
                    .forEach(e -> e.state().compareAndSet(State.OPEN, State.SESSION_ENDED));
        }
    }

    int size() {
        return byHash.size();
    }

    /** 43 URL-safe characters, as {@link #issue} makes them; anything else is not looked up. */
    static boolean isWellFormed(String code) {
        return code.length() == 43 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9' || c == '-' || c == '_');
    }

    private void forgetOld(Instant now) {
        Instant before = now.minus(REMEMBERED);
        byHash.values().removeIf(e -> e.expiresAt().isBefore(before));
    }

    private static Redemption refused(HandoverRefusal reason) {
        return new Redemption(reason, null, null);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
