package dk.laerepladsklar.lti.core.net;

import dk.laerepladsklar.lti.core.Installation;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where the tool may send a request on a platform's behalf. A platform's URLs come from outside (a
 * registration, a launch), so every one is checked on the addresses its host resolves to, right before
 * the connection is made to exactly those addresses:
 * <ul>
 *   <li>https; http only to loopback in dev mode (the demo LMS, the tests);</li>
 *   <li>public addresses only: loopback only in dev mode, private networks only when the operator allows them
 *       ({@code LPK_ALLOW_PRIVATE_PLATFORMS=true}, a school hosting its own Moodle inside its network);
 *       link-local, metadata, unspecified, multicast and reserved addresses never.</li>
 * </ul>
 */
public final class OutboundPolicy {

    /** The operator's switch for platforms inside private networks. */
    public static final String ALLOW_PRIVATE_PROPERTY = "lpk.allow-private-platforms";
    public static final String ALLOW_PRIVATE_ENVIRONMENT = "LPK_ALLOW_PRIVATE_PLATFORMS";

    /** Names of cloud metadata services, refused before they are even resolved. */
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog", "metadata",
            "instance-data", "instance-data.ec2.internal");

    /** How the policy turns a host name into addresses (the JDK's resolver; tests give their own). */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked target: connect only to these addresses, speaking to {@code host} (Host header, TLS SNI). */
    public record Destination(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) {
    }

    private final boolean devMode;
    private final boolean allowPrivate;
    private final Resolver resolver;

    public OutboundPolicy(boolean devMode, boolean allowPrivate, Resolver resolver) {
        this.devMode = devMode;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    public OutboundPolicy(boolean devMode, boolean allowPrivate) {
        this(devMode, allowPrivate, InetAddress::getAllByName);
    }

    /** As this installation is set up: dev mode from {@code lpk.demo}, private networks from the operator. */
    public static OutboundPolicy fromInstallation() {
        return new OutboundPolicy(Installation.devMode(), Installation.flag(ALLOW_PRIVATE_PROPERTY, ALLOW_PRIVATE_ENVIRONMENT));
    }

    public boolean devMode() {
        return devMode;
    }

    public boolean allowsPrivate() {
        return allowPrivate;
    }

    /** Resolves the URL's host and checks every address; throws with the reason when the call may not be made. */
    public Destination check(URI uri) throws PlatformUnreachable {
        Destination target = checkUrl(uri);
        return new Destination(uri, target.host(), target.port(), target.tls(), addresses(target.host(), target.tls()));
    }

    /**
     * The checks that need no name resolution (scheme, host, metadata names, plain http outside dev mode,
     * port): a destination without addresses. The addresses are checked by {@link #addresses} when a
     * connection is opened.
     */
    public Destination checkUrl(URI uri) throws PlatformUnreachable {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean tls = "https".equals(scheme);
        if (!tls && !"http".equals(scheme)) {
            throw new PlatformUnreachable(Reason.BAD_URL, "scheme " + scheme);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null || !uri.isAbsolute() || uri.isOpaque()) {
            throw new PlatformUnreachable(Reason.BAD_URL, "no usable host");
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_NAMES.contains(name)) {
            throw new PlatformUnreachable(Reason.BLOCKED_ADDRESS, "metadata host name " + name);
        }
        if (!tls && !devMode) {
            throw new PlatformUnreachable(Reason.NOT_HTTPS, "plain http outside dev mode");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        if (port > 65535) {
            throw new PlatformUnreachable(Reason.BAD_URL, "port " + port);
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return new Destination(uri, bare, port, tls, List.of());
    }

    /**
     * Resolves the host once and checks every address it resolves to (one blocked address refuses them all):
     * the addresses a connection to it may go to. Plain http ({@code tls} false) only to loopback.
     */
    public List<InetAddress> addresses(String host, boolean tls) throws PlatformUnreachable {
        InetAddress[] resolved;
        try {
            resolved = resolver.resolve(host);
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new PlatformUnreachable(Reason.UNKNOWN_HOST, "host not resolved", e);
        }
        if (resolved == null || resolved.length == 0) {
            throw new PlatformUnreachable(Reason.UNKNOWN_HOST, "host resolved to nothing");
        }
        for (InetAddress address : resolved) {
            AddressKind kind = AddressKind.of(address);
            if (!allows(kind)) {
                throw new PlatformUnreachable(Reason.BLOCKED_ADDRESS, kind + " address " + address.getHostAddress());
            }
            if (!tls && kind != AddressKind.LOOPBACK) {
                throw new PlatformUnreachable(Reason.NOT_HTTPS, "plain http to a " + kind + " address");
            }
        }
        return List.of(resolved);
    }

    /** Whether an address of this kind may be a platform here. */
    public boolean allows(AddressKind kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> devMode;
            case PRIVATE -> allowPrivate;
            case LINK_LOCAL, METADATA, UNSPECIFIED, MULTICAST, RESERVED -> false;
        };
    }
}
