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
 */
@ApplicationScoped
public class DemoAgsMode {

    public enum Mode { NORMAL, DOWN, CONFLICT, REJECT }

    private volatile Mode mode = Mode.NORMAL;
    private volatile Set<String> users = Set.of();

    /** @throws IllegalArgumentException for an unknown mode */
    public void set(String mode, String users) {
        Mode parsed;
        try {
            parsed = Mode.valueOf(mode == null ? "" : mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown_mode");
        }
        this.users = users == null || users.isBlank() ? Set.of()
                : Set.copyOf(Arrays.stream(users.split("[,\\s]+")).filter(u -> !u.isBlank()).toList());
        this.mode = parsed;
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
        return json;
    }
}
