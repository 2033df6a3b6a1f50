package dk.laerepladsklar.lti.core.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.LtiUser;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.services.MutableClock;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import dk.laerepladsklar.lti.core.validation.ValidatedLaunch;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeepLinkingRequestsTest {

    private static final String ISSUER = "https://moodle.skole.example";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T09:00:00Z"));
    private final Registration moodle = new Registration(new PlatformId(UUID.randomUUID()), ISSUER, "client", "Moodle",
            ISSUER + "/auth", ISSUER + "/token", ISSUER + "/certs", Set.of("1"), List.of(), clock.instant());

    @Test
    void aRequestKeptOnOneNodeIsAnsweredOnAnotherWithItsDataAsSent() throws Exception {
        MemoryStore cluster = new MemoryStore(clock, 100);
        DeepLinkingRequests node1 = node(cluster);
        DeepLinkingRequests node2 = node(cluster);
        Map<String, Object> data = new HashMap<>();
        data.put("n", 1L);
        data.put("list", List.of("a", true));
        data.put("text", "æ:ø~å\n");
        Map<String, Object> settings = new HashMap<>();
        settings.put("deep_link_return_url", ISSUER + "/return?x=1:2");
        settings.put("accept_types", List.of("ltiResourceLink", "link"));
        settings.put("accept_multiple", "true");
        settings.put("data", data);
        settings.put("title", "Vælg");
        UUID id = keep(node1, settings);

        DeepLinkingRequest request = node2.find(id).orElseThrow();
        assertEquals(id, request.launchId());
        assertEquals(moodle.platformId(), request.platform());
        assertEquals(ISSUER, request.issuer());
        assertEquals("client", request.clientId());
        assertEquals("1", request.deploymentId());
        assertEquals(ISSUER + "/return?x=1:2", request.returnUrl());
        assertEquals(List.of("ltiResourceLink", "link"), request.acceptTypes());
        assertEquals(Boolean.TRUE, request.acceptMultiple());
        assertNull(request.acceptLineItem());
        assertEquals(data, request.data(), "the opaque data comes back as the same JSON");
        assertEquals("Vælg", request.title());
        assertEquals("https://tool/launch", request.targetLinkUri());
        assertEquals(clock.instant().plus(DeepLinkingRequests.LIFETIME), request.expiresAt());

        clock.advance(DeepLinkingRequests.LIFETIME.plus(Duration.ofSeconds(1)));
        assertTrue(node2.find(id).isEmpty(), "an hour later the teacher starts again");
    }

    @Test
    void dataMayBeAnyJsonValueOrNone() {
        for (Object data : new Object[] {"text", 42L, List.of(1L, "x"), false, null}) {
            DeepLinkingRequest request = new DeepLinkingRequest(UUID.randomUUID(), moodle.platformId(), ISSUER, "c", null,
                    ISSUER + "/r", null, null, false, data, null, null, clock.instant());
            DeepLinkingRequest back = DeepLinkingRequests.decode(request.launchId(), DeepLinkingRequests.encode(request));
            assertEquals(request, back);
        }
    }

    @Test
    void anUnreadableValueIsNoRequest() {
        assertNull(DeepLinkingRequests.decode(UUID.randomUUID(), "garbage"));
    }

    private DeepLinkingRequests node(MemoryStore cluster) throws Exception {
        DeepLinkingRequests requests = new DeepLinkingRequests();
        requests.clock = clock;
        Field store = DeepLinkingRequests.class.getDeclaredField("store");
        store.setAccessible(true);
        store.set(requests, cluster);
        return requests;
    }

    private UUID keep(DeepLinkingRequests requests, Map<String, Object> settings) {
        Launch launch = new Launch(UUID.randomUUID(), LaunchKind.DEEP_LINKING,
                new LtiUser(moodle.platformId(), "3", "Hanne", null, null, null),
                new LtiContext(moodle.platformId(), "2", "GF2", "GF2"), null, Set.of(Role.INSTRUCTOR), null, "1",
                Map.of(), null, null);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.TARGET_LINK_URI, "https://tool/launch")
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, settings).build();
        requests.keep(new ValidatedLaunch(launch, moodle, claims));
        return launch.id();
    }
}
