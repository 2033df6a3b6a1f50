package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.store.Fields;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * One-time hand-over codes, in the shared store {@code handover}: a code made on one node of a cluster is redeemed
 * on any (a code lives a minute). A code is 256 random bits; only its SHA-256 is kept, so a heap dump shows no
 * usable code. Each is bound to the launch context and the session that asked for it (by the session key's hash),
 * opens one window within {@link #VALID} (a conditional write that one node decides), and dies with its session
 * (an "ended" marker for the session, seen by every node). A used or expired code is remembered a little longer,
 * so its refusal names the right reason. The caps (codes waiting per session, codes in all) are counted on the
 * node that issues them.
 */
@ApplicationScoped
public class HandoverCodes {

    /** How long a code waits for its window. */
    public static final Duration VALID = Duration.ofSeconds(60);
    /** How long a used or expired code is remembered, to tell "used" and "expired" from "unknown". */
    static final Duration REMEMBERED = Duration.ofMinutes(10);
    /** Codes waiting in one session: a few clicks on "open in a new window", never a flood. */
    static final int PER_SESSION = 10;
    /** Codes issued on this node and still remembered. */
    static final int IN_ALL = 20_000;
    private static final int CODE_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(HandoverCodes.class);
    private static final String OPEN = "O";
    private static final String USED = "U";
    private static final String ENDED = "ended:";

    /** A code this node issued, as its caps see it. */
    private static final class Issued {
        final String sessionHash;
        final Instant expiresAt;
        volatile boolean used;

        Issued(String sessionHash, Instant expiresAt) {
            this.sessionHash = sessionHash;
            this.expiresAt = expiresAt;
        }

        boolean waiting(Instant now) {
            return !used && !now.isAfter(expiresAt);
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

    /** This node's codes in the order issued (which is expiry order). */
    private final LinkedHashMap<String, Issued> issued = new LinkedHashMap<>();
    private SharedStore store = new MemoryStore();

    public HandoverCodes() {
    }

    HandoverCodes(SharedStore store) {
        this.store = store;
    }

    /** In the container: the cluster's store. */
    @Inject
    void useShared(SharedStores stores) {
        this.store = stores.store(SharedStores.HANDOVER);
    }

    /**
     * A new code for this launch context of this session, to open {@code returnPath} (already checked by
     * {@link ReturnPath}); the code itself exists only in the answer.
     */
    public String issue(LaunchContext context, String sessionKey, String returnPath, Instant now) throws Refused {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(sessionKey, "session key");
        Objects.requireNonNull(returnPath, "return path");
        String sessionHash = hash(sessionKey);
        byte[] bytes = new byte[CODE_BYTES];
        RANDOM.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String codeHash = hash(code);
        Instant expiresAt = now.plus(VALID);
        synchronized (issued) {
            forgetOld(now);
            long waitingHere = issued.values().stream().filter(e -> e.sessionHash.equals(sessionHash) && e.waiting(now)).count();
            if (waitingHere >= PER_SESSION || issued.size() >= IN_ALL) {
                throw new Refused(HandoverRefusal.HANDOVER_TOO_MANY);
            }
            issued.put(codeHash, new Issued(sessionHash, expiresAt));
        }
        Fields.Writer value = Fields.writer().text(sessionHash).number(expiresAt.toEpochMilli()).text(returnPath);
        LaunchContextCodec.write(context, value);
        store.put(codeHash, OPEN + value, VALID.plus(REMEMBERED));
        return code;
    }

    /** Uses a code: the first redemption within its minute, on any node, gets the context; every other one a reason. */
    public Redemption redeem(String code, Instant now) {
        if (code == null || code.isEmpty()) {
            return refused(HandoverRefusal.HANDOVER_CODE_MISSING);
        }
        if (!isWellFormed(code)) {
            return refused(HandoverRefusal.HANDOVER_CODE_MALFORMED);
        }
        String codeHash = hash(code);
        String value = store.get(codeHash);
        if (value == null) {
            return refused(HandoverRefusal.HANDOVER_CODE_UNKNOWN);
        }
        if (value.startsWith(USED)) {
            return refused(HandoverRefusal.HANDOVER_CODE_USED);
        }
        Fields.Reader in = Fields.reader(value.substring(1));
        String sessionHash = in.text();
        Instant expiresAt = Instant.ofEpochMilli(in.number());
        String returnPath = in.text();
        LaunchContext context;
        try {
            context = LaunchContextCodec.read(in);
        } catch (RuntimeException e) {
            LOG.warnf("HANDOVER_UNREADABLE: a stored hand-over code could not be read (%s)", e.toString());
            return refused(HandoverRefusal.HANDOVER_CODE_UNKNOWN);
        }
        if (store.get(ENDED + sessionHash) != null) {
            return refused(HandoverRefusal.HANDOVER_SESSION_ENDED);
        }
        if (now.isAfter(expiresAt)) {
            return refused(HandoverRefusal.HANDOVER_CODE_EXPIRED);
        }
        if (!store.replace(codeHash, value, USED + value.substring(1), REMEMBERED)) {
            // another request took it this very moment, on this node or another
            return refused(HandoverRefusal.HANDOVER_CODE_USED);
        }
        synchronized (issued) {
            Issued mine = issued.get(codeHash);
            if (mine != null) {
                mine.used = true;
            }
        }
        return new Redemption(null, context, returnPath);
    }

    /** The session that asked has ended: its waiting codes open nothing any more, on any node. */
    public void sessionEnded(String sessionKey) {
        if (sessionKey != null) {
            store.put(ENDED + hash(sessionKey), "1", VALID.plus(REMEMBERED));
        }
    }

    int size() {
        synchronized (issued) {
            return issued.size();
        }
    }

    /** 43 URL-safe characters, as {@link #issue} makes them; anything else is not looked up. */
    static boolean isWellFormed(String code) {
        return code.length() == 43 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
                || c >= '0' && c <= '9' || c == '-' || c == '_');
    }

    /** Drops codes past remembering from the head of the queue (the store drops its own). */
    private void forgetOld(Instant now) {
        Instant before = now.minus(REMEMBERED);
        for (Iterator<Issued> oldest = issued.values().iterator(); oldest.hasNext(); ) {
            if (!oldest.next().expiresAt.isBefore(before)) {
                break;
            }
            oldest.remove();
        }
    }

    private static Redemption refused(HandoverRefusal reason) {
        return new Redemption(reason, null, null);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
