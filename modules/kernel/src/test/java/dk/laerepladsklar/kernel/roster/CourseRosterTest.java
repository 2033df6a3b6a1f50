package dk.laerepladsklar.kernel.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.api.Roster;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseRosterTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001"));
    private static final PlatformId OTHER_SCHOOL = new PlatformId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000002"));

    private final CountingRoster platform = new CountingRoster();
    private final CourseRoster cache = new CourseRoster();
    private Instant now = Instant.parse("2026-12-02T08:00:00Z");

    @BeforeEach
    void setUp() {
        cache.roster = platform;
        cache.clock = new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    @Test
    void aRosterIsServedFromTheCacheForAQuarterOfAnHourThenAskedForAgain() {
        CourseRoster.Fetched first = cache.members(SCHOOL, "course-1", url("course-1"), false);
        CourseRoster.Fetched again = cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertSame(first, again);
        assertEquals(1, platform.calls.size());

        now = now.plus(CourseRoster.LIFETIME).plusSeconds(1);
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertEquals(2, platform.calls.size());

        cache.members(SCHOOL, "course-1", url("course-1"), true);
        assertEquals(3, platform.calls.size(), "the teacher asks for a fresh roster");
    }

    @Test
    void anOldRosterStandsInWhileThePlatformIsDownButIsForgottenAfterAnHour() {
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        platform.down = true;

        now = now.plus(Duration.ofMinutes(30));
        CourseRoster.Fetched stale = cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertEquals(2, stale.members().size(), "shown while the platform cannot answer");
        assertEquals("DOWN", stale.problem());

        now = now.plus(CourseRoster.KEPT_AT_MOST);
        CourseRoster.Fetched gone = cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertTrue(gone.members().isEmpty(), "names are not kept for more than an hour");
        assertEquals(0, cache.size());
    }

    @Test
    void expiredRostersGoEvenIfNobodyAsksForThemAgain() {
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        cache.members(SCHOOL, "course-2", url("course-2"), false);
        assertEquals(2, cache.size());

        now = now.plus(CourseRoster.KEPT_AT_MOST).plusSeconds(1);
        cache.members(SCHOOL, "course-3", url("course-3"), false);

        assertEquals(1, cache.size());
        assertTrue(cache.of(SCHOOL, "student-course-1").isEmpty());
    }

    @Test
    void atMostMaxCoursesAreHeldAndTheLeastRecentlyUsedGoesFirst() {
        for (int i = 0; i < CourseRoster.MAX_COURSES; i++) {
            cache.members(SCHOOL, "course-" + i, url("course-" + i), false);
        }
        cache.members(SCHOOL, "course-0", url("course-0"), false); // used again: now the most recent
        int calls = platform.calls.size();

        for (int i = 0; i < 100; i++) {
            cache.members(SCHOOL, "extra-" + i, url("extra-" + i), false);
        }

        assertEquals(CourseRoster.MAX_COURSES, cache.size());
        cache.members(SCHOOL, "course-0", url("course-0"), false);
        assertEquals(calls + 100, platform.calls.size(), "the recently used course is still cached");
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertEquals(calls + 101, platform.calls.size(), "the least recently used course was dropped");
    }

    @Test
    void anErasedStudentIsForgottenOnlyOnTheirPlatform() {
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        cache.members(SCHOOL, "course-2", url("course-2"), false);
        cache.members(OTHER_SCHOOL, "course-1", url("course-1"), false);
        assertEquals(1, cache.of(SCHOOL, "student-course-1").size());
        assertEquals("Elev course-1", cache.of(SCHOOL, "student-course-1").get("course-1").name());

        assertEquals(1, cache.forget(SCHOOL, "student-course-1"));

        assertTrue(cache.of(SCHOOL, "student-course-1").isEmpty());
        assertEquals(1, cache.of(OTHER_SCHOOL, "student-course-1").size(), "the same id at another school is someone else");
        assertEquals(1, cache.of(SCHOOL, "teacher").size(), "other courses stay cached");
        assertEquals(0, cache.forget(SCHOOL, "nobody"));
        int calls = platform.calls.size();
        cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertEquals(calls + 1, platform.calls.size(), "the next class page asks the platform again");
    }

    @Test
    void aCourseWithoutARosterIsNotCached() {
        platform.down = true;
        CourseRoster.Fetched none = cache.members(SCHOOL, "course-1", url("course-1"), false);
        assertTrue(none.members().isEmpty());
        assertEquals("DOWN", none.problem());
        assertEquals(0, cache.size());
        assertNull(cache.of(SCHOOL, "student-course-1").get("course-1"));
    }

    private static String url(String course) {
        return "https://lms.example/" + course + "/memberships";
    }

    /** A platform whose roster lists one student of the course and a teacher; counts the calls. */
    private static final class CountingRoster implements Roster {
        final List<String> calls = new ArrayList<>();
        boolean down;

        @Override
        public List<Member> members(PlatformId platform, String url) throws RosterUnavailable {
            calls.add(url);
            if (down) {
                throw new RosterUnavailable("DOWN");
            }
            String course = url.replaceAll(".*/(course-\\d+|extra-\\d+)/.*", "$1");
            return List.of(new Member("student-" + course, "Elev " + course, course + "@skole.example", Set.of(Role.LEARNER), true),
                    new Member("teacher", "Lærer", null, Set.of(Role.INSTRUCTOR), true));
        }
    }
}
