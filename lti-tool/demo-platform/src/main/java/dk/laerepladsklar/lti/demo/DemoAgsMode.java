package dk.laerepladsklar.lti.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The failure switch of the demo LMS's services, so a tool's outbox can be tested end to end:
 * <ul>
 *     <li>{@code normal}: the services behave as Moodle's;</li>
 *     <li>{@code down}: every service call (token, AGS, NRPS) answers 503;</li>
 *     <li>{@code conflict}: every score answers 409;</li>
 *     <li>{@code reject}: every score answers 422, as Canvas does for its Test Student.</li>
 * </ul>
 * {@code conflict} and {@code reject} can be limited to some user ids; the others are then treated normally.
 * <p>
 * Two more settings go with every change of the switch (and are back to normal when left out):
 * <ul>
 *     <li>{@code delay}: milliseconds every score and every new column takes before it is answered (0 to 10,000),
 *     so a test can have a student finish while a score is on its way;</li>
 *     <li>{@code services}: {@code all}; {@code grade-sync-only}, as Moodle's "use this service for grade sync only"
 *     (launches and tokens carry no line item scope, so the tool cannot make columns); or {@code no-scores}
 *     (no score scope: the tool may not post scores at all).</li>
 * </ul>
 */
@ApplicationScoped
public class DemoAgsMode {

    public enum Mode { NORMAL, DOWN, CONFLICT, REJECT }

    /** Which AGS scopes the LMS grants the tool in launches and tokens. */
    public enum Services { ALL, GRADE_SYNC_ONLY, NO_SCORES }

    static final long MAX_DELAY_MILLIS = 10_000;

    private volatile Mode mode = Mode.NORMAL;
    private volatile Set<String> users = Set.of();
    private volatile long delayMillis;
    private volatile Services services = Services.ALL;

    /** @throws IllegalArgumentException for an unknown mode */
    public void set(String mode, String users) {
        set(mode, users, null, null);
    }

    /**
     * @param delay    milliseconds, or null/blank for none
     * @param services {@code all}, {@code grade-sync-only} or {@code no-scores}, or null/blank for all
     * @throws IllegalArgumentException for an unknown mode or services value, or a delay that is not 0..10000
     */
    public void set(String mode, String users, String delay, String services) {
        long parsedDelay;
        try {
            parsedDelay = delay == null || delay.isBlank() ? 0 : Long.parseLong(delay.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad_delay");
        }
        if (parsedDelay < 0 || parsedDelay > MAX_DELAY_MILLIS) {
            throw new IllegalArgumentException("bad_delay");
        }
        Services parsedServices;
        try {
            parsedServices = services == null || services.isBlank() ? Services.ALL
                    : Services.valueOf(services.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown_services");
        }
        set(mode, users, parsedDelay, parsedServices);
    }

    private void set(String mode, String users, long delay, Services services) {
        Mode parsed;
        try {
            parsed = Mode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown_mode");
        }
        this.users = users == null || users.isBlank() ? Set.of()
                : Set.copyOf(Arrays.stream(users.split("[,\\s]+")).filter(u -> !u.isBlank()).toList());
        this.mode = parsed;
        this.delayMillis = delay;
        this.services = services;
    }

    /** Whether launches and tokens carry this scope under the current {@code services} setting. */
    public boolean grants(String scope) {
        return switch (services) {
            case ALL -> true;
            case GRADE_SYNC_ONLY -> !scope.startsWith(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_LINEITEM);
            case NO_SCORES -> !scope.equals(dk.laerepladsklar.lti.core.validation.LtiClaims.SCOPE_SCORE);
        };
    }

    /** Holds a score or a new column for the configured delay, as a slow LMS does. */
    public void delay() {
        long millis = delayMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public Mode mode() {
        return mode;
    }

    /** The user ids {@code conflict} and {@code reject} are limited to (empty: everyone), sorted. */
    public List<String> users() {
        return users.stream().sorted().toList();
    }

    public boolean down() {
        return mode == Mode.DOWN;
    }

    /** The status the switch forces on a score for this user, if any (409 or 422). */
    public Optional<Integer> forcedScoreStatus(String userId) {
        Mode current = mode;
        if (current != Mode.CONFLICT && current != Mode.REJECT) {
            return Optional.empty();
        }
        Set<String> limited = users;
        if (!limited.isEmpty() && !limited.contains(userId)) {
            return Optional.empty();
        }
        return Optional.of(current == Mode.CONFLICT ? 409 : 422);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mode", mode.name().toLowerCase(Locale.ROOT));
        json.put("users", users());
        json.put("delay", delayMillis);
        json.put("services", services.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return json;
    }
}
