package dk.laerepladsklar.kernel.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness check {@value #NAME}: the deployment answers and no threads are deadlocked. Liveness says "restart me", so
 * it looks only at what a restart cures: a database that is down makes the node not ready, never not alive.
 */
@Liveness
@ApplicationScoped
public class ThreadsLiveness implements HealthCheck {

    public static final String NAME = "threads";

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        if (deadlocked != null && deadlocked.length > 0) {
            return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("deadlocked", (long) deadlocked.length)));
        }
        return new HealthCheckResponse(NAME, Status.UP, Optional.of(Map.of("threads", (long) threads.getThreadCount())));
    }
}
