package dk.laerepladsklar.lti.core.login;

import dk.laerepladsklar.lti.core.Installation;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many login initiations one client address may start: a token bucket per address, {@code lpk.login-rate}
 * per second ({@code LPK_LOGIN_RATE}, default 30) with bursts of {@code lpk.login-burst} ({@code LPK_LOGIN_BURST},
 * default 300). A whole school behind one NAT address clicking the link at 8:00 fits in the burst; a client that
 * starts logins faster than a school can click is slowed down before it costs the platform's cookies or the
 * tool's memory. The benchmark, which launches about 500 times a second from one address, raises both.
 *
 * <p>The address is the connection's peer ({@code getRemoteAddr()}), never {@code X-Forwarded-For}, which any
 * client can write. An IPv6 client is counted by its /64, since one host gets a whole /64. Behind a reverse
 * proxy every client has the proxy's address; the operator then turns on WildFly's
 * {@code proxy-address-forwarding} (only for a proxy that overwrites the header), which makes the peer the client.
 *
 * <p>Addresses the operator lists in {@code lpk.login-rate-exempt} ({@code LPK_LOGIN_RATE_EXEMPT}, comma-separated)
 * are not limited: the benchmark's driver, so that a flood from another address can be measured at its limit
 * beside it.
 *
 * <p>Buckets are bounded in number and expire: a bucket idle long enough to be full again (and at least a minute,
 * so its warning stays once a minute) is dropped from the head of a map in access order. When
 * {@link #MAX_ADDRESSES} addresses are active at once, further addresses share one bucket: a client with very
 * many addresses cannot get a fresh burst for each of them.
 */
@ApplicationScoped
public class LoginRateLimit {

    static final int DEFAULT_RATE = 30;
    static final int DEFAULT_BURST = 300;
    static final int MAX_ADDRESSES = 50_000;
    static final long WARN_EVERY_MILLIS = 60_000;
    static final String OVERFLOW = "(many addresses)";

    /**
     * @param allowed           whether this initiation may go on
     * @param retryAfterSeconds when refused, how long until the address may try again (at least 1)
     * @param warn              when refused, whether this is the first refusal for the address in a minute (log it)
     * @param refusedSinceWarning refusals for the address since the last warning, this one included
     * @param address           the address as counted (an IPv6 client's /64)
     */
    public record Decision(boolean allowed, long retryAfterSeconds, boolean warn, long refusedSinceWarning,
                           String address) {
    }

    private final double perMilli;
    private final double burst;
    private final long idleMillis;
    private final int maxAddresses;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);
    private final Bucket shared;
    private final Set<String> exempt;

    Clock clock = Clock.systemUTC();

    public LoginRateLimit() {
        this(Installation.number("lpk.login-rate", "LPK_LOGIN_RATE", DEFAULT_RATE),
                Installation.number("lpk.login-burst", "LPK_LOGIN_BURST", DEFAULT_BURST), MAX_ADDRESSES,
                Installation.setting("lpk.login-rate-exempt", "LPK_LOGIN_RATE_EXEMPT"));
    }

    LoginRateLimit(int perSecond, int burst, int maxAddresses) {
        this(perSecond, burst, maxAddresses, null);
    }

    LoginRateLimit(int perSecond, int burst, int maxAddresses, String exempt) {
        this.perMilli = Math.max(1, perSecond) / 1000.0;
        this.burst = Math.max(1, burst);
        this.idleMillis = Math.max(WARN_EVERY_MILLIS, (long) Math.ceil(this.burst / perMilli));
        this.maxAddresses = maxAddresses;
        this.shared = new Bucket(this.burst, 0);
        this.exempt = exempt == null ? Set.of() : Arrays.stream(exempt.split(","))
                .map(String::strip).filter(a -> !a.isEmpty()).map(LoginRateLimit::counted).collect(Collectors.toUnmodifiableSet());
    }

    /** Takes one token for this client address, or says how long to wait. */
    public Decision admit(String remoteAddress) {
        String address = counted(remoteAddress);
        if (exempt.contains(address)) {
            return new Decision(true, 0, false, 0, address);
        }
        long now = clock.millis();
        synchronized (lock) {
            sweep(now);
            Bucket bucket = buckets.get(address);
            if (bucket == null) {
                if (buckets.size() >= maxAddresses) {
                    bucket = shared;
                    address = OVERFLOW;
                } else {
                    bucket = new Bucket(burst, now);
                    buckets.put(address, bucket);
                }
            }
            return bucket.take(now, address);
        }
    }

    int addresses() {
        synchronized (lock) {
            return buckets.size();
        }
    }

    /** The key an address is counted under: IPv4 as it is, IPv6 by its first 64 bits. */
    static String counted(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "(unknown)";
        }
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // A literal with a colon is never looked up in DNS.
            InetAddress parsed = InetAddress.getByName(remoteAddress.startsWith("[") ? remoteAddress : "[" + remoteAddress + "]");
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress(); // an IPv4-mapped address
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }

    private void sweep(long now) {
        for (Iterator<Bucket> idlest = buckets.values().iterator(); idlest.hasNext(); ) {
            if (now - idlest.next().lastUsed < idleMillis) {
                break;
            }
            idlest.remove();
        }
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;
        private long lastUsed;
        private long warnedAt = Long.MIN_VALUE;
        private long refusedSinceWarning;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
            this.lastUsed = now;
        }

        Decision take(long now, String address) {
            if (now > refilledAt) {
                tokens = Math.min(burst, tokens + (now - refilledAt) * perMilli);
                refilledAt = now;
            }
            lastUsed = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0, false, 0, address);
            }
            refusedSinceWarning++;
            long retryAfter = Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000.0));
            boolean warn = warnedAt == Long.MIN_VALUE || now - warnedAt >= WARN_EVERY_MILLIS;
            long refused = refusedSinceWarning;
            if (warn) {
                warnedAt = now;
                refusedSinceWarning = 0;
            }
            return new Decision(false, retryAfter, warn, refused, address);
        }
    }
}
