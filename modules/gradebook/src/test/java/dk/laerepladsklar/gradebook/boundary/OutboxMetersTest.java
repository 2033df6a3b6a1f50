package dk.laerepladsklar.gradebook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.gradebook.control.OutboxBacklog;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxMetersTest {

    @Test
    void theGaugesReadTheBacklogOnEveryScrape() {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        OutboxMeters meters = new OutboxMeters();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        meters.registry = registry;
        meters.register(new OutboxBacklog(() -> new OutboxBacklog.Snapshot(2, now.minusSeconds(30)),
                Clock.fixed(now, ZoneOffset.UTC)));
        System.gc(); // the gauges hold their backlog weakly: the meters bean keeps it alive
        assertEquals(2.0, registry.get(OutboxMeters.PENDING).gauge().value());
        assertEquals(30.0, registry.get(OutboxMeters.OLDEST_AGE).gauge().value());

        // A redeployment registers again: the gauges read the new deployment's backlog, not the old one.
        OutboxMeters redeployed = new OutboxMeters();
        redeployed.registry = registry;
        redeployed.register(new OutboxBacklog(() -> new OutboxBacklog.Snapshot(5, now.minusSeconds(7)),
                Clock.fixed(now, ZoneOffset.UTC)));
        assertEquals(5.0, registry.get(OutboxMeters.PENDING).gauge().value());
        assertEquals(7.0, registry.get(OutboxMeters.OLDEST_AGE).gauge().value());
        assertEquals(1, registry.find(OutboxMeters.PENDING).gauges().size());
    }
}
