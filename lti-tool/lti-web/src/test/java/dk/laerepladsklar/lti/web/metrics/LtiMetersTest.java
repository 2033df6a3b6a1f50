package dk.laerepladsklar.lti.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.keys.PlatformKeySets;
import dk.laerepladsklar.lti.core.services.AccessTokens;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LtiMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LtiMeters meters = meters();

    private LtiMeters meters() {
        LtiMeters m = new LtiMeters();
        m.registry = registry;
        m.tokens = new AccessTokens();
        m.keySets = new PlatformKeySets();
        return m;
    }

    @Test
    void anAcceptedLaunchIsCountedAndTimed() {
        meters.accepted(System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(40));
        assertEquals(1.0, registry.get(LtiMeters.LAUNCHES).tag("outcome", "accepted").counter().count());
        Timer timer = registry.get(LtiMeters.LAUNCH_DURATION).tag("outcome", "accepted").timer();
        assertEquals(1, timer.count());
        assertTrue(timer.totalTime(TimeUnit.MILLISECONDS) >= 40, "the time counts from the POST's arrival");
        assertNull(registry.find(LtiMeters.REJECTIONS).counter());
    }

    @Test
    void aRefusedLaunchIsCountedByStepAndReason() {
        long start = System.nanoTime();
        meters.rejected(LtiMeters.Step.LAUNCH, "BAD_SIGNATURE", start);
        meters.rejected(LtiMeters.Step.LAUNCH, "BAD_SIGNATURE", start);
        meters.rejected(LtiMeters.Step.LOGIN, "UNREGISTERED_PLATFORM", start);
        assertEquals(2.0, registry.get(LtiMeters.REJECTIONS).tags("step", "launch", "reason", "BAD_SIGNATURE").counter().count());
        assertEquals(1.0, registry.get(LtiMeters.REJECTIONS).tags("step", "login", "reason", "UNREGISTERED_PLATFORM")
                .counter().count());
        // A refused login is no launch: only the launch POST counts in launches and their time.
        assertEquals(2.0, registry.get(LtiMeters.LAUNCHES).tag("outcome", "rejected").counter().count());
        assertEquals(2, registry.get(LtiMeters.LAUNCH_DURATION).tag("outcome", "rejected").timer().count());
    }

    @Test
    void aReasonCannotGrowALabelWithoutBound() {
        assertEquals("UNKNOWN", LtiMeters.label(null));
        assertEquals("a_b__c", LtiMeters.label("a-b\n c"));
        assertEquals(LtiMeters.MAX_REASON, LtiMeters.label("X".repeat(500)).length());
    }

    @Test
    void tokenAndKeySetRequestsAreReadFromTheServices() {
        meters.start(new Object());
        assertEquals(0.0, registry.get(LtiMeters.TOKEN_REQUESTS).functionCounter().count());
        assertEquals(0.0, registry.get(LtiMeters.TOKEN_FAILURES).functionCounter().count());
        assertEquals(0.0, registry.get(LtiMeters.JWKS_FETCHES).functionCounter().count());
        // A key set that cannot be fetched (nothing listens on port 1) is one fetch and one failure.
        meters.keySets.key("http://127.0.0.1:1/jwks", "kid-1");
        assertEquals(1.0, registry.get(LtiMeters.JWKS_FETCHES).functionCounter().count());
        assertEquals(1.0, registry.get(LtiMeters.JWKS_FAILURES).functionCounter().count());

        // A redeployment: the counters read the new deployment's services (none fetched yet), not the old ones.
        LtiMeters redeployed = meters();
        redeployed.start(new Object());
        assertEquals(0.0, registry.get(LtiMeters.JWKS_FETCHES).functionCounter().count());
        assertEquals(1, registry.find(LtiMeters.JWKS_FETCHES).functionCounters().size());
    }
}
