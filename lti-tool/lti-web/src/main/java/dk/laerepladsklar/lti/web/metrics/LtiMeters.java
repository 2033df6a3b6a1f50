package dk.laerepladsklar.lti.web.metrics;

import dk.laerepladsklar.lti.core.keys.PlatformKeySets;
import dk.laerepladsklar.lti.core.services.AccessTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records what the login and launch endpoints decide, and exposes the token and key-set request counts the services
 * keep anyway. Meter names (Prometheus names after the arrow):
 * <ul>
 *   <li>{@value #LAUNCHES} {outcome=accepted|rejected} → {@code lpk_launches_total}</li>
 *   <li>{@value #REJECTIONS} {step=login|launch, reason=the symbolic reason} → {@code lpk_launch_rejections_total}</li>
 *   <li>{@value #LAUNCH_DURATION} {outcome} → {@code lpk_launch_duration_seconds} (count, sum, max): the launch POST
 *       from its arrival to the answer, the application's sign-in included</li>
 *   <li>{@value #TOKEN_REQUESTS}, {@value #TOKEN_FAILURES} → {@code lpk_access_token_requests_total},
 *       {@code lpk_access_token_failures_total}</li>
 *   <li>{@value #JWKS_FETCHES}, {@value #JWKS_FAILURES} → {@code lpk_jwks_fetches_total},
 *       {@code lpk_jwks_fetch_failures_total}</li>
 * </ul>
 * Only the registry's plain methods are used ({@code counter}, {@code timer}, {@code more().counter}): WildFly's
 * per-deployment registry forwards those to the server's Prometheus registry.
 */
@ApplicationScoped
public class LtiMeters {

    public static final String LAUNCHES = "lpk.launches";
    public static final String REJECTIONS = "lpk.launch.rejections";
    public static final String LAUNCH_DURATION = "lpk.launch.duration";
    public static final String TOKEN_REQUESTS = "lpk.access.token.requests";
    public static final String TOKEN_FAILURES = "lpk.access.token.failures";
    public static final String JWKS_FETCHES = "lpk.jwks.fetches";
    public static final String JWKS_FAILURES = "lpk.jwks.fetch.failures";
    /** A reason is an enum name or a fixed word; anything else is cut, so a label can never grow without bound. */
    static final int MAX_REASON = 40;

    /** Where in the protocol a launch was refused. */
    public enum Step {
        LOGIN, LAUNCH;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Inject
    MeterRegistry registry;
    @Inject
    AccessTokens tokens;
    @Inject
    PlatformKeySets keySets;

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /**
     * The counters that read the services' own counts are registered once, when the application starts. A meter of the
     * same name left by an earlier deployment is removed first: the server keeps its meters across a redeployment, and
     * the old one would go on reading the old deployment's services.
     */
    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (String name : List.of(TOKEN_REQUESTS, TOKEN_FAILURES, JWKS_FETCHES, JWKS_FAILURES)) {
            registry.find(name).meters().forEach(registry::remove);
        }
        registry.more().counter(TOKEN_REQUESTS, Tags.empty(), tokens, AccessTokens::requestsMade);
        registry.more().counter(TOKEN_FAILURES, Tags.empty(), tokens, AccessTokens::requestsFailed);
        registry.more().counter(JWKS_FETCHES, Tags.empty(), keySets, PlatformKeySets::fetches);
        registry.more().counter(JWKS_FAILURES, Tags.empty(), keySets, PlatformKeySets::fetchFailures);
    }

    /** A launch signed its user in; {@code startNanos} is {@link System#nanoTime()} when the POST arrived. */
    public void accepted(long startNanos) {
        counter(LAUNCHES, "outcome", "accepted").increment();
        timer("accepted").record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /**
     * A login or launch was refused, for a symbolic reason (a {@code Rejection}, or a word such as
     * {@code LOGIN_RATE_LIMITED}); a refused launch POST also counts in the launch time.
     */
    public void rejected(Step step, String reason, long startNanos) {
        counter(REJECTIONS, "step", step.label(), "reason", label(reason)).increment();
        if (step == Step.LAUNCH) {
            counter(LAUNCHES, "outcome", "rejected").increment();
            timer("rejected").record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
        }
    }

    /**
     * The meter, looked up in the registry once: WildFly's per-deployment registry finds an existing meter by searching
     * all the server's meters, too much work for every launch. The labels' values are bounded (enum names, a few words).
     */
    private Counter counter(String name, String... tags) {
        return counters.computeIfAbsent(name + Arrays.toString(tags), k -> registry.counter(name, Tags.of(tags)));
    }

    private Timer timer(String outcome) {
        return timers.computeIfAbsent(outcome, k -> registry.timer(LAUNCH_DURATION, Tags.of("outcome", outcome)));
    }

    static String label(String reason) {
        if (reason == null || reason.isBlank()) {
            return "UNKNOWN";
        }
        String clean = reason.replaceAll("[^A-Za-z0-9_]", "_");
        return clean.length() > MAX_REASON ? clean.substring(0, MAX_REASON) : clean;
    }
}
