package dk.laerepladsklar.lti.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.net.PlatformUnreachable.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboundPolicyTest {

    private static final OutboundPolicy PRODUCTION = new OutboundPolicy(false, false);
    private static final OutboundPolicy DEV = new OutboundPolicy(true, false);
    private static final OutboundPolicy SCHOOL_NETWORK = new OutboundPolicy(false, true);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "8.8.8.8, PUBLIC",
            "93.184.215.14, PUBLIC",
            "172.32.0.1, PUBLIC",
            "100.128.0.1, PUBLIC",
            "127.0.0.1, LOOPBACK",
            "127.255.255.254, LOOPBACK",
            "10.0.0.1, PRIVATE",
            "172.16.0.1, PRIVATE",
            "172.31.255.255, PRIVATE",
            "192.168.1.10, PRIVATE",
            "100.64.0.1, PRIVATE",
            "100.127.255.255, PRIVATE",
            "198.18.0.1, PRIVATE",
            "169.254.1.1, LINK_LOCAL",
            "169.254.169.254, METADATA",
            "169.254.170.2, METADATA",
            "100.100.100.200, METADATA",
            "168.63.129.16, METADATA",
            "0.0.0.0, UNSPECIFIED",
            "0.1.2.3, UNSPECIFIED",
            "224.0.0.1, MULTICAST",
            "239.255.255.250, MULTICAST",
            "255.255.255.255, RESERVED",
            "240.0.0.1, RESERVED",
            "192.0.0.8, RESERVED",
            "2001:4860:4860::8888, PUBLIC",
            "::1, LOOPBACK",
            "::, UNSPECIFIED",
            "fe80::1, LINK_LOCAL",
            "febf::1, LINK_LOCAL",
            "fc00::1, PRIVATE",
            "fd12:3456::1, PRIVATE",
            "fec0::1, PRIVATE",
            "fd00:ec2::254, METADATA",
            "ff02::1, MULTICAST",
            "::ffff:10.0.0.1, PRIVATE",
            "::ffff:127.0.0.1, LOOPBACK",
            "::ffff:169.254.169.254, METADATA",
            "::ffff:8.8.8.8, PUBLIC",
            "::10.0.0.1, PRIVATE",
            "64:ff9b::10.0.0.1, PRIVATE",
            "64:ff9b::127.0.0.1, LOOPBACK",
            "64:ff9b::8.8.8.8, PUBLIC",
            "64:ff9b:1::1, PRIVATE",
            "2002:a00:1::1, PRIVATE",
            "2002:7f00:1::1, LOOPBACK",
            "2002:808:808::1, PUBLIC",
            "100::1, RESERVED",
    })
    void everyAddressHasItsKind(String address, AddressKind kind) throws Exception {
        assertEquals(kind, AddressKind.of(InetAddress.getByName(address)));
    }

    @Test
    void anIpv4MappedAddressIsJudgedAsIpv4EvenWhenTheJdkKeepsItSixteenBytesLong() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 169, (byte) 254, (byte) 169, (byte) 254};
        InetAddress address = java.net.Inet6Address.getByAddress(null, mapped, -1);
        assertEquals(AddressKind.METADATA, AddressKind.of(address));
    }

    @ParameterizedTest(name = "{0} refused in production: {1}")
    @CsvSource({
            "https://10.0.0.1/.well-known/openid-configuration, BLOCKED_ADDRESS",
            "https://172.20.1.1/, BLOCKED_ADDRESS",
            "https://192.168.0.10:8443/x, BLOCKED_ADDRESS",
            "https://100.64.1.1/, BLOCKED_ADDRESS",
            "https://169.254.169.254/latest/meta-data/, BLOCKED_ADDRESS",
            "https://169.254.10.10/, BLOCKED_ADDRESS",
            "https://127.0.0.1:9990/management, BLOCKED_ADDRESS",
            "https://localhost/, BLOCKED_ADDRESS",
            "https://0.0.0.0/, BLOCKED_ADDRESS",
            "https://[::1]/, BLOCKED_ADDRESS",
            "https://[fe80::1]/, BLOCKED_ADDRESS",
            "https://[fd00:ec2::254]/, BLOCKED_ADDRESS",
            "https://[::ffff:127.0.0.1]/, BLOCKED_ADDRESS",
            "https://[::ffff:a9fe:a9fe]/, BLOCKED_ADDRESS",
            "https://2130706433/, BLOCKED_ADDRESS",
            "https://127.000.000.001/, BLOCKED_ADDRESS",
            "https://0/, BLOCKED_ADDRESS",
            "https://metadata.google.internal/computeMetadata/v1/, BLOCKED_ADDRESS",
            "https://METADATA.GOOGLE.INTERNAL./computeMetadata/v1/, BLOCKED_ADDRESS",
            "http://moodle.skole.example/, NOT_HTTPS",
            "http://127.0.0.1:8080/api/demo-lms, NOT_HTTPS",
            "ftp://moodle.skole.example/, BAD_URL",
            "https://user:secret@moodle.skole.example/, BAD_URL",
            "https://127.1/, BAD_URL",
            "/relative/path, BAD_URL",
    })
    void inProductionOnlyPublicHttpsAddressesAreCalled(String url, Reason reason) {
        PlatformUnreachable refused = assertThrows(PlatformUnreachable.class, () -> PRODUCTION.check(URI.create(url)));
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertEquals("PLATFORM_UNREACHABLE", PlatformUnreachable.CODE);
    }

    @Test
    void aPublicHttpsAddressIsCalledOnExactlyTheAddressesThatWereChecked() throws Exception {
        OutboundPolicy policy = new OutboundPolicy(false, false, resolving(Map.of("moodle.skole.example", List.of("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"))));

        OutboundPolicy.Destination destination = policy.check(URI.create("https://moodle.skole.example/mod/lti/certs.php"));

        assertEquals("moodle.skole.example", destination.host());
        assertEquals(443, destination.port());
        assertTrue(destination.tls());
        assertEquals(List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")),
                destination.addresses());
    }

    @Test
    void aNameThatResolvesToAPrivateAddressAmongPublicOnesIsRefused() {
        OutboundPolicy policy = new OutboundPolicy(false, false, resolving(Map.of("rebind.example", List.of("93.184.215.14", "10.0.0.1"))));

        PlatformUnreachable refused = assertThrows(PlatformUnreachable.class, () -> policy.check(URI.create("https://rebind.example/")));
        assertEquals(Reason.BLOCKED_ADDRESS, refused.reason());
    }

    @Test
    void aMetadataNameIsRefusedBeforeItIsResolved() {
        AtomicInteger lookups = new AtomicInteger();
        OutboundPolicy policy = new OutboundPolicy(true, true, host -> {
            lookups.incrementAndGet();
            return new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        });

        for (String url : List.of("https://metadata.google.internal/", "http://metadata/", "https://metadata.goog/", "https://instance-data/")) {
            assertEquals(Reason.BLOCKED_ADDRESS, assertThrows(PlatformUnreachable.class, () -> policy.check(URI.create(url))).reason(), url);
        }
        assertEquals(0, lookups.get());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        OutboundPolicy policy = new OutboundPolicy(false, false, host -> {
            throw new UnknownHostException(host);
        });
        assertEquals(Reason.UNKNOWN_HOST, assertThrows(PlatformUnreachable.class,
                () -> policy.check(URI.create("https://nowhere.example/"))).reason());
    }

    @Test
    void devModeAllowsLoopbackOverHttpAndNothingElseOverHttp() throws Exception {
        assertEquals(List.of(InetAddress.getByName("127.0.0.1")), DEV.check(URI.create("http://127.0.0.1:8080/api/demo-lms/jwks")).addresses());
        assertEquals(8080, DEV.check(URI.create("https://localhost:8080/")).port());
        assertEquals(Reason.NOT_HTTPS, assertThrows(PlatformUnreachable.class, () -> DEV.check(URI.create("http://8.8.8.8/"))).reason());
        assertEquals(Reason.BLOCKED_ADDRESS, assertThrows(PlatformUnreachable.class, () -> DEV.check(URI.create("https://10.0.0.1/"))).reason());
        assertEquals(Reason.BLOCKED_ADDRESS, assertThrows(PlatformUnreachable.class, () -> DEV.check(URI.create("http://169.254.169.254/"))).reason());
    }

    @Test
    void theOperatorMayAllowPrivateNetworksButNeverMetadataLinkLocalOrLoopback() throws Exception {
        assertEquals(List.of(InetAddress.getByName("10.0.0.1")), SCHOOL_NETWORK.check(URI.create("https://10.0.0.1/moodle")).addresses());
        SCHOOL_NETWORK.check(URI.create("https://[fd12:3456::1]/"));
        SCHOOL_NETWORK.check(URI.create("https://100.64.0.7/"));
        for (String url : List.of("https://169.254.169.254/", "https://[fd00:ec2::254]/", "https://100.100.100.200/",
                "https://169.254.0.1/", "https://127.0.0.1/", "https://[::1]/", "https://0.0.0.0/", "http://10.0.0.1/")) {
            PlatformUnreachable refused = assertThrows(PlatformUnreachable.class, () -> SCHOOL_NETWORK.check(URI.create(url)), url);
            assertTrue(refused.refused(), url);
        }
    }

    @Test
    void anOctalLookingHostIsCheckedAsTheAddressTheJdkConnectsTo() throws Exception {
        // JDK 17 reads 0177.0.0.1 as decimal 177.0.0.1 (not octal 127.0.0.1 as curl does): the check and the
        // connection use the same resolved address, so there is no gap between them either way.
        InetAddress resolved = InetAddress.getAllByName("0177.0.0.1")[0];
        OutboundPolicy.Destination destination = PRODUCTION.check(URI.create("https://0177.0.0.1/"));
        assertEquals(List.of(resolved), destination.addresses());
        assertEquals(AddressKind.of(resolved) == AddressKind.PUBLIC, true);
    }

    static OutboundPolicy.Resolver resolving(Map<String, List<String>> names) {
        return host -> {
            List<String> addresses = names.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        };
    }
}
