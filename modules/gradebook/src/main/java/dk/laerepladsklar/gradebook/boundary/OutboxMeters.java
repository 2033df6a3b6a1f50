package dk.laerepladsklar.gradebook.boundary;

import dk.laerepladsklar.gradebook.control.OutboxBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The outbox's figures for the operator, read from the database on each scrape ({@link OutboxBacklog}):
 * {@value #PENDING} → {@code lpk_outbox_pending} (scores waiting to be sent, on all nodes) and {@value #OLDEST_AGE}
 * → {@code lpk_outbox_oldest_pending_age_seconds} (how long the oldest has waited: it grows while a platform refuses
 * or is down, and drops when the outbox catches up).
 */
@ApplicationScoped
public class OutboxMeters {

    public static final String PENDING = "lpk.outbox.pending";
    public static final String OLDEST_AGE = "lpk.outbox.oldest.pending.age.seconds";

    @Inject
    MeterRegistry registry;
    @Resource(lookup = "java:jboss/datasources/LaerepladsklarDS")
    DataSource dataSource;

    /** Held here: a gauge keeps only a weak reference to what it reads. */
    private OutboxBacklog backlog;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        register(new OutboxBacklog(OutboxBacklog.from(dataSource), Clock.systemUTC()));
    }

    /** Replaces the gauges an earlier deployment left (the server keeps meters across a redeployment). */
    void register(OutboxBacklog backlog) {
        this.backlog = backlog;
        registry.find(PENDING).meters().forEach(registry::remove);
        registry.find(OLDEST_AGE).meters().forEach(registry::remove);
        registry.gauge(PENDING, Tags.empty(), backlog, OutboxBacklog::pending);
        registry.gauge(OLDEST_AGE, Tags.empty(), backlog, OutboxBacklog::oldestAgeSeconds);
    }
}
