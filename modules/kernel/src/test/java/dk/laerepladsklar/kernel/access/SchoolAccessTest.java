package dk.laerepladsklar.kernel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who follows a whole school ({@link Access#mayFollowSchool}, {@link Access#mayReadInSchool}, the page audience
 * {@link Audience#FOLLOWING_SCHOOL}), as a table: the school's LMS administrators and the consultants its administrator
 * named, in whatever role they launch; nobody else, and nobody of another school, not even a consultant there with the
 * same LMS user id.
 */
class SchoolAccessTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final PlatformId OTHER_SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    /** Hanne is a consultant of SCHOOL; Ole is one of OTHER_SCHOOL (and has the same LMS user id as a teacher of SCHOOL). */
    private static final Set<StudentRef> CONSULTANTS = Set.of(new StudentRef(SCHOOL, "hanne"), new StudentRef(OTHER_SCHOOL, "ole"));
    private static final StudentRef ALI = new StudentRef(SCHOOL, "ali");
    private static final StudentRef BO_ELSEWHERE = new StudentRef(OTHER_SCHOOL, "bo");

    private final Access access = new Access();

    SchoolAccessTest() {
        access.schoolRoles = new SchoolRoles() {
            @Override
            public boolean isConsultant(PlatformId school, String subject) {
                return CONSULTANTS.contains(new StudentRef(school, subject));
            }
        };
    }

    static Stream<Arguments> people() {
        // who; launch; follows SCHOOL; reads Ali (of SCHOOL); reads Bo (of OTHER_SCHOOL); opens a school-wide page (of their own school)
        return Stream.of(
                Arguments.of("the school's LMS administrator",             launch(SCHOOL, "it", Role.ADMINISTRATOR),              true, true, false, true),
                Arguments.of("an administrator who also teaches",          launch(SCHOOL, "it", Role.ADMINISTRATOR, Role.INSTRUCTOR), true, true, false, true),
                Arguments.of("a consultant launched as a teacher",         launch(SCHOOL, "hanne", Role.INSTRUCTOR),              true, true, false, true),
                Arguments.of("a consultant launched as a student",         launch(SCHOOL, "hanne", Role.LEARNER),                 true, true, false, true),
                Arguments.of("a consultant launched as an observer",       launch(SCHOOL, "hanne", Role.OBSERVER),                true, true, false, true),
                Arguments.of("a teacher without the role",                 launch(SCHOOL, "t", Role.INSTRUCTOR),                  false, false, false, false),
                Arguments.of("a teaching assistant",                       launch(SCHOOL, "t", Role.TEACHING_ASSISTANT),          false, false, false, false),
                Arguments.of("a content developer",                        launch(SCHOOL, "t", Role.CONTENT_DEVELOPER),           false, false, false, false),
                Arguments.of("a student",                                  launch(SCHOOL, "ali", Role.LEARNER),                   false, false, false, false),
                Arguments.of("a mentor of the student",                    mentor(SCHOOL, "ali"),                                 false, false, false, false),
                Arguments.of("a teacher with a consultant's id elsewhere", launch(SCHOOL, "ole", Role.INSTRUCTOR),                false, false, false, false),
                Arguments.of("another school's administrator",             launch(OTHER_SCHOOL, "it", Role.ADMINISTRATOR),        false, false, true, true),
                Arguments.of("another school's consultant",                launch(OTHER_SCHOOL, "ole", Role.INSTRUCTOR),          false, false, true, true),
                Arguments.of("our consultant's id at another school",      launch(OTHER_SCHOOL, "hanne", Role.INSTRUCTOR),        false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void followsTheSchoolAndReadsItsStudentsOnlyAsTheTableSays(String who, LaunchContext launch, boolean follows,
                                                               boolean readsAli, boolean readsBoElsewhere, boolean opensPage) {
        assertEquals(follows, access.mayFollowSchool(launch, SCHOOL), who + ": follows the school");
        assertEquals(opensPage, Audience.FOLLOWING_SCHOOL.admits(launch.actor(), access.schoolRoles), who + ": the page audience");
        assertEquals(opensPage, access.mayFollowSchool(launch, launch.platform()), who + ": follows their own school");
        assertEquals(readsAli, access.mayReadInSchool(launch, ALI), who + ": reads a student of the school");
        assertEquals(readsBoElsewhere, access.mayReadInSchool(launch, BO_ELSEWHERE), who + ": reads a student of another school");
    }

    @Test
    void aSchoolIsNeverFollowedThroughAnotherSchoolsLaunchNorWithoutOne() {
        assertFalse(access.mayFollowSchool(launch(SCHOOL, "it", Role.ADMINISTRATOR), OTHER_SCHOOL));
        assertFalse(access.mayFollowSchool(launch(SCHOOL, "it", Role.ADMINISTRATOR), null));
        assertFalse(access.mayReadInSchool(launch(SCHOOL, "it", Role.ADMINISTRATOR), null));
        assertFalse(access.mayFollowSchool(launch(OTHER_SCHOOL, "ole", Role.INSTRUCTOR), SCHOOL), "a consultant there");
    }

    @Test
    void theConsultantRoleOpensNothingOfACourseTheLaunchIsNotIn() {
        LaunchContext consultant = launch(SCHOOL, "hanne", Role.INSTRUCTOR);
        CourseRef otherCourse = new CourseRef(SCHOOL, "course-2");
        assertFalse(access.mayRead(consultant, ALI, otherCourse), "course pages keep their own rule");
        assertFalse(access.mayTeach(consultant, otherCourse));
        assertFalse(access.mayFollow(consultant, otherCourse));
    }

    @Test
    void onlyTheSchoolWidePageAudienceAsksTheSchoolsRoles() {
        Actor consultantAsStudent = launch(SCHOOL, "hanne", Role.LEARNER).actor();
        SchoolRoles failing = new SchoolRoles() {
            @Override
            public boolean isConsultant(PlatformId school, String subject) {
                throw new AssertionError("asked for a page that is not school-wide");
            }
        };
        assertFalse(Audience.TEACHING.admits(consultantAsStudent, failing), "a consultant is no teacher of this course");
        assertFalse(Audience.ADMINISTERING_SCHOOL.admits(consultantAsStudent, failing), "nor the school's administrator");
        assertEquals(true, Audience.LEARNING.admits(consultantAsStudent, failing));
    }

    private static LaunchContext launch(PlatformId platform, String subject, Role... roles) {
        return new LaunchContext("lc-" + subject, UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(platform, subject, null, Set.of(roles), Set.of()), new LtiContext(platform, "course-1", "course-1", null),
                new ResourceLink("7", null), Locale.ROOT, null, null, null);
    }

    private static LaunchContext mentor(PlatformId platform, String mentee) {
        return new LaunchContext("lc-m", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(platform, "mentor", null, Set.of(Role.MENTOR), Set.of(mentee)),
                new LtiContext(platform, "course-1", "course-1", null), new ResourceLink("7", null), Locale.ROOT, null, null, null);
    }
}
