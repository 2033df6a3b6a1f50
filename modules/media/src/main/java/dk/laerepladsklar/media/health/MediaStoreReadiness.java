package dk.laerepladsklar.media.health;

import dk.laerepladsklar.media.control.MediaDirectory;
import dk.laerepladsklar.media.control.MediaSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness check {@value #NAME}: the media directory (LPK_MEDIA_DIR, a shared volume on a cluster) takes a file now.
 * A node whose volume is full, read-only or gone is taken out of the balancer's rotation instead of failing students'
 * uploads. The answer names no path: only the reason and the free space.
 */
@Readiness
@ApplicationScoped
public class MediaStoreReadiness implements HealthCheck {

    public static final String NAME = "media-store";
    private static final Logger LOG = Logger.getLogger(MediaStoreReadiness.class);

    /**
     * The directory the store uses (the same setting), opened here rather than through the store's bean: WildFly
     * calls the check on a management thread, where the store's container resources cannot be looked up.
     */
    Supplier<MediaDirectory> directory = () -> {
        try {
            return new MediaDirectory(MediaSettings.directory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    @Override
    public HealthCheckResponse call() {
        try {
            long free = directory.get().probe();
            return new HealthCheckResponse(NAME, Status.UP, Optional.of(Map.of("freeBytes", free)));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("MEDIA_STORE_NOT_WRITABLE: %s", e.toString());
            return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("reason", e.getClass().getSimpleName())));
        }
    }
}
