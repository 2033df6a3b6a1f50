package dk.laerepladsklar.classroom.boundary;

import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The course rosters from the platforms (NRPS), kept for a quarter of an hour so the class page opens at
 * once; the teacher can ask for a fresh one.
 */
@ApplicationScoped
public class RosterCache {

    static final Duration LIFETIME = Duration.ofMinutes(15);

    @Inject
    Roster roster;

    private final Map<String, Fetched> byCourse = new ConcurrentHashMap<>();

    /** The roster and when it was fetched; empty list with a reason when the platform offers none. */
    public record Fetched(List<Member> members, Instant at, String problem) {
    }

    public Fetched members(Launch launch, boolean refresh) {
        if (launch.context() == null || launch.rosterUrl() == null) {
            return new Fetched(List.of(), Instant.now(), "NO_ROSTER_SERVICE");
        }
        String key = launch.platform() + "|" + launch.context().id();
        Fetched cached = byCourse.get(key);
        if (!refresh && cached != null && cached.problem() == null && cached.at().plus(LIFETIME).isAfter(Instant.now())) {
            return cached;
        }
        try {
            Fetched fetched = new Fetched(roster.members(launch.platform(), launch.rosterUrl()), Instant.now(), null);
            byCourse.put(key, fetched);
            return fetched;
        } catch (Roster.RosterUnavailable e) {
            return Optional.ofNullable(cached).map(c -> new Fetched(c.members(), c.at(), e.getMessage()))
                    .orElse(new Fetched(List.of(), Instant.now(), e.getMessage()));
        }
    }
}
