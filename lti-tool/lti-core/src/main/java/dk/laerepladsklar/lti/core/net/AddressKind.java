package dk.laerepladsklar.lti.core.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * What kind of network an IP address belongs to, as far as a call to a platform is concerned. IPv6
 * addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4 address
 * they reach.
 */
public enum AddressKind {
    PUBLIC,
    LOOPBACK,
    /** RFC 1918, CGNAT (100.64/10), benchmarking (198.18/15), IPv6 unique-local and site-local. */
    PRIVATE,
    LINK_LOCAL,
    /** A cloud's instance metadata service: never a platform, whatever the operator allows. */
    METADATA,
    UNSPECIFIED,
    MULTICAST,
    RESERVED;

    private static final List<byte[]> METADATA_ADDRESSES = List.of(
            v4(169, 254, 169, 254), // AWS, GCP, Azure, Oracle, OpenStack
            v4(169, 254, 170, 2),   // AWS ECS task metadata
            v4(169, 254, 169, 253), // AWS DNS
            v4(100, 100, 100, 200), // Alibaba Cloud
            v4(168, 63, 129, 16),   // Azure WireServer (a public address)
            v4(192, 0, 0, 192),     // Oracle Cloud (classic)
            new byte[] {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54}); // AWS IPv6 fd00:ec2::254

    public static AddressKind of(InetAddress address) {
        byte[] raw = address.getAddress();
        if (address instanceof Inet4Address) {
            return ofV4(raw);
        }
        if (address instanceof Inet6Address) {
            return ofV6(raw);
        }
        return RESERVED;
    }

    private static boolean metadata(byte[] raw) {
        for (byte[] metadata : METADATA_ADDRESSES) {
            if (Arrays.equals(raw, metadata)) {
                return true;
            }
        }
        return false;
    }

    private static AddressKind ofV4(byte[] a) {
        if (metadata(a)) {
            return METADATA;
        }
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        if (b0 == 0) {
            return UNSPECIFIED; // 0/8, "this network": Linux connects 0.x.x.x to the host itself
        }
        if (b0 == 127) {
            return LOOPBACK;
        }
        if (b0 == 10 || b0 == 172 && (b1 & 0xf0) == 16 || b0 == 192 && b1 == 168
                || b0 == 100 && (b1 & 0xc0) == 64 || b0 == 198 && (b1 & 0xfe) == 18) {
            return PRIVATE;
        }
        if (b0 == 169 && b1 == 254) {
            return LINK_LOCAL;
        }
        if (b0 >= 224 && b0 < 240) {
            return MULTICAST;
        }
        if (b0 >= 240 || b0 == 192 && b1 == 0 && b2 == 0) {
            return RESERVED; // 240/4 and broadcast; 192.0.0/24 IETF protocol assignments
        }
        return PUBLIC;
    }

    private static AddressKind ofV6(byte[] a) {
        if (metadata(a)) {
            return METADATA;
        }
        if (zero(a, 0, 10) && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff) {
            return ofV4(Arrays.copyOfRange(a, 12, 16)); // ::ffff:a.b.c.d, mapped
        }
        if (zero(a, 0, 12)) {
            if (zero(a, 12, 15)) {
                return (a[15] & 0xff) == 1 ? LOOPBACK : a[15] == 0 ? UNSPECIFIED : RESERVED;
            }
            return ofV4(Arrays.copyOfRange(a, 12, 16)); // ::a.b.c.d, the deprecated compatible form
        }
        int first = (a[0] & 0xff) << 8 | a[1] & 0xff;
        int second = (a[2] & 0xff) << 8 | a[3] & 0xff;
        if (first == 0x64 && second == 0xff9b) {
            return zero(a, 4, 12) ? ofV4(Arrays.copyOfRange(a, 12, 16)) // 64:ff9b::/96, NAT64 to the IPv4 address
                    : (a[4] == 0 && a[5] == 1 ? PRIVATE : RESERVED);   // 64:ff9b:1::/48, local-use NAT64
        }
        if (first == 0x2002) {
            return ofV4(Arrays.copyOfRange(a, 2, 6)); // 6to4: judged by the IPv4 address it carries
        }
        if (first == 0x0100 && zero(a, 2, 8)) {
            return RESERVED; // 100::/64, discard-only
        }
        if ((first & 0xffc0) == 0xfe80) {
            return LINK_LOCAL;
        }
        if ((first & 0xffc0) == 0xfec0 || (first & 0xfe00) == 0xfc00) {
            return PRIVATE; // site-local (deprecated), unique-local fc00::/7
        }
        if ((first & 0xff00) == 0xff00) {
            return MULTICAST;
        }
        return PUBLIC;
    }

    private static boolean zero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] v4(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }
}
