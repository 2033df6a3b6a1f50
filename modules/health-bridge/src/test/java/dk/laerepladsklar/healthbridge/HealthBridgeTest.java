package dk.laerepladsklar.healthbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.enterprise.inject.Default;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.Test;

class HealthBridgeTest {

    @Test
    void theKindOfACheckComesFromItsQualifier() {
        assertSame(Readiness.class, HealthBridge.kindOf(List.of(Default.Literal.INSTANCE, Readiness.Literal.INSTANCE))
                .annotationType());
        assertSame(Liveness.class, HealthBridge.kindOf(List.<Annotation>of(Liveness.Literal.INSTANCE)).annotationType());
        assertNull(HealthBridge.kindOf(List.of(Default.Literal.INSTANCE)), "a bean that is no probe is not bridged");
    }

    @Test
    void aStandInAnswersWhatItsCheckAnswers() {
        HealthCheckResponse down = new HealthCheckResponse("media-store", HealthCheckResponse.Status.DOWN, Optional.empty());
        assertSame(down, new BridgedCheck(() -> down).call());
    }

    @Test
    void aCheckThatThrowsIsDownNotAFailedProbe() {
        HealthCheckResponse answer = new BridgedCheck(() -> {
            throw new IllegalStateException("no database");
        }).call();
        assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
        assertEquals("IllegalStateException", answer.getData().orElseThrow().get("reason"));
    }
}
