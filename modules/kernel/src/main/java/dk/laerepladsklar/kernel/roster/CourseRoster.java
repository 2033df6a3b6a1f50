package dk.laerepladsklar.kernel.roster;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The course rosters from the platforms (NRPS), kept for a quarter of an hour so the class pages of every module
 * (the class overview, the career plans, a job-search week) open at once and ask the platform once between them; the
 * teacher can ask for a fresh one. Rosters carry names and emails, so the cache is bounded: at most
 * {@link #MAX_COURSES} courses (the least recently used goes first), and a roster is forgotten an hour after it was
 * fetched (until then it stands in while the platform cannot answer). An erased student is taken out at once.
 */
@ApplicationScoped
public class CourseRoster {

    /** How long a roster is shown without asking the platform again. */
    static final Duration LIFETIME = Duration.ofMinutes(15);
    /** How long a roster is kept at all: shown, marked as old, while the platform cannot answer. */
    static final Duration KEPT_AT_MOST = Duration.ofHours(1);
    static final int MAX_COURSES = 500;

    @Inject
    Roster roster;

    Clock clock = Clock.systemUTC();

    private record Course(PlatformId platform, String contextId) {
    }

    /** Access-ordered, so the eldest entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<Course, Fetched> byCourse = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Course, Fetched> eldest) {
            return size() > MAX_COURSES;
        }
    };

    /** The roster and when it was fetched; empty list with a reason when the platform offers none. */
    public record Fetched(List<Member> members, Instant at, String problem) {
    }

    public Fetched members(LaunchContext launch, boolean refresh) {
        if (launch.course() == null || launch.rosterUrl() == null) {
            return new Fetched(List.of(), clock.instant(), "NO_ROSTER_SERVICE");
        }
        return members(launch.platform(), launch.course().id(), launch.rosterUrl(), refresh);
    }

    /** The roster of a course by its platform's membership URL (package-private: pages go through a launch). */
    Fetched members(PlatformId platform, String contextId, String rosterUrl, boolean refresh) {
        Course course = new Course(platform, contextId);
        Fetched cached = cached(course);
        Instant now = clock.instant();
        if (!refresh && cached != null && cached.problem() == null && cached.at().plus(LIFETIME).isAfter(now)) {
            return cached;
        }
        try {
            // Asked outside the lock: a slow platform must not hold up other courses' class pages.
            Fetched fetched = new Fetched(List.copyOf(roster.members(platform, rosterUrl)), clock.instant(), null);
            synchronized (this) {
                byCourse.put(course, fetched);
            }
            return fetched;
        } catch (Roster.RosterUnavailable e) {
            return cached == null ? new Fetched(List.of(), now, e.getMessage()) : new Fetched(cached.members(), cached.at(), e.getMessage());
        }
    }

    /** The cached roster of a course, if it is not too old. */
    private synchronized Fetched cached(Course course) {
        dropExpired();
        return byCourse.get(course);
    }

    /** Rosters older than {@link #KEPT_AT_MOST} go, whether or not anyone asks for them again. */
    private void dropExpired() {
        Instant oldest = clock.instant().minus(KEPT_AT_MOST);
        byCourse.values().removeIf(f -> !f.at().isAfter(oldest));
    }

    /** What the cache holds about one person, per course (for an export). */
    public synchronized Map<String, Member> of(PlatformId platform, String subject) {
        dropExpired();
        Map<String, Member> found = new LinkedHashMap<>();
        byCourse.forEach((course, fetched) -> {
            if (course.platform().equals(platform)) {
                fetched.members().stream().filter(m -> Objects.equals(m.subject(), subject)).findFirst()
                        .ifPresent(m -> found.put(course.contextId(), m));
            }
        });
        return found;
    }

    /** Forgets every cached roster of the platform that lists the person; the next class page asks the platform again. */
    public synchronized int forget(PlatformId platform, String subject) {
        dropExpired();
        int before = byCourse.size();
        byCourse.entrySet().removeIf(e -> e.getKey().platform().equals(platform)
                && e.getValue().members().stream().anyMatch(m -> Objects.equals(m.subject(), subject)));
        return before - byCourse.size();
    }

    /** How many courses' rosters are held now (after dropping the expired ones). */
    synchronized int size() {
        dropExpired();
        return byCourse.size();
    }
}
