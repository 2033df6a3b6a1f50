package dk.laerepladsklar.kernel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.ResourceLink;
import dk.laerepladsklar.lti.api.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link Access}, person by person, for one student's things in one course: the matrix the end-to-end
 * {@code AuthorizationMatrixIT} checks over real launches, here with every role and the cross-school case spelled out.
 */
class AccessTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    private static final PlatformId OTHER_SCHOOL = new PlatformId(UUID.fromString("00000000-0000-0000-0000-00000000000b"));
    private static final String COURSE = "course-1";
    private static final CourseRef THE_COURSE = new CourseRef(SCHOOL, COURSE);
    private static final StudentRef ALI = new StudentRef(SCHOOL, "ali");

    private final Access access = new Access();

    @Test
    void aStudentReadsAndChangesOnlyTheirOwnThingsInTheCourseOfTheirLaunch() {
        assertTrue(access.mayRead(launch(SCHOOL, COURSE, "ali", Role.LEARNER), ALI, THE_COURSE));
        assertTrue(access.mayChange(launch(SCHOOL, COURSE, "ali", Role.LEARNER), ALI, THE_COURSE));
        assertFalse(access.mayRead(launch(SCHOOL, COURSE, "bo", Role.LEARNER), ALI, THE_COURSE), "a classmate");
        assertFalse(access.mayChange(launch(SCHOOL, COURSE, "bo", Role.LEARNER), ALI, THE_COURSE), "a classmate");
        assertFalse(access.mayRead(launch(SCHOOL, "course-2", "ali", Role.LEARNER), ALI, THE_COURSE), "their launch of another course");
        assertFalse(access.mayTeach(launch(SCHOOL, COURSE, "ali", Role.LEARNER), THE_COURSE));
        assertFalse(access.mayFollow(launch(SCHOOL, COURSE, "ali", Role.LEARNER), THE_COURSE));
    }

    @Test
    void staffOfTheCourseReadEveryStudentAndTeachButNeverChangeAStudentsWork() {
        for (Role role : List.of(Role.INSTRUCTOR, Role.TEACHING_ASSISTANT, Role.CONTENT_DEVELOPER, Role.ADMINISTRATOR)) {
            LaunchContext staff = launch(SCHOOL, COURSE, "t", role);
            assertTrue(access.mayRead(staff, ALI, THE_COURSE), role.name());
            assertTrue(access.mayTeach(staff, THE_COURSE), role.name());
            assertTrue(access.mayFollow(staff, THE_COURSE), role.name());
            assertFalse(access.mayChange(staff, ALI, THE_COURSE), role.name());
            assertTrue(access.mayChange(staff, new StudentRef(SCHOOL, "t"), THE_COURSE), "their own preview: " + role);
        }
        LaunchContext otherCourse = launch(SCHOOL, "course-2", "t", Role.INSTRUCTOR);
        assertFalse(access.mayRead(otherCourse, ALI, THE_COURSE));
        assertFalse(access.mayTeach(otherCourse, THE_COURSE));
        assertFalse(access.mayFollow(otherCourse, THE_COURSE));
    }

    @Test
    void aMentorReadsOnlyTheirMenteesAndChangesNothing() {
        LaunchContext mentor = mentor(SCHOOL, COURSE, Set.of("ali"));
        assertTrue(access.mayRead(mentor, ALI, THE_COURSE));
        assertFalse(access.mayChange(mentor, ALI, THE_COURSE));
        assertFalse(access.mayTeach(mentor, THE_COURSE));
        assertTrue(access.mayFollow(mentor, THE_COURSE));
        assertFalse(access.mayRead(mentor(SCHOOL, COURSE, Set.of("bo")), ALI, THE_COURSE), "someone else's mentor");
        assertFalse(access.mayRead(mentor(SCHOOL, "course-2", Set.of("ali")), ALI, THE_COURSE), "their launch of another course");
        assertTrue(access.readableStudents(mentor, THE_COURSE).test("ali"));
        assertFalse(access.readableStudents(mentor, THE_COURSE).test("bo"));
    }

    @Test
    void observersGuestsAndPeopleWithoutARoleGetNothing() {
        for (Role role : List.of(Role.OBSERVER, Role.GUEST, Role.MENTOR)) {
            LaunchContext other = launch(SCHOOL, COURSE, "ali", role);
            assertFalse(access.mayRead(other, ALI, THE_COURSE), role.name());
            assertFalse(access.mayChange(other, ALI, THE_COURSE), role.name());
            assertFalse(access.mayTeach(other, THE_COURSE), role.name());
            assertFalse(access.mayFollow(other, THE_COURSE), role.name());
        }
    }

    @Test
    void aUserOfAnotherSchoolWithTheSameIdsGetsNothing() {
        for (Role role : List.of(Role.LEARNER, Role.INSTRUCTOR, Role.ADMINISTRATOR)) {
            LaunchContext foreign = launch(OTHER_SCHOOL, COURSE, "ali", role);
            assertFalse(access.mayRead(foreign, ALI, THE_COURSE), role.name());
            assertFalse(access.mayChange(foreign, ALI, THE_COURSE), role.name());
            assertFalse(access.mayTeach(foreign, THE_COURSE), role.name());
            assertFalse(access.mayFollow(foreign, THE_COURSE), role.name());
        }
        assertFalse(access.mayRead(mentor(OTHER_SCHOOL, COURSE, Set.of("ali")), ALI, THE_COURSE));
        LaunchContext teacher = launch(SCHOOL, COURSE, "t", Role.INSTRUCTOR);
        assertFalse(access.mayRead(teacher, new StudentRef(OTHER_SCHOOL, "ali"), THE_COURSE), "a student of another school");
        assertFalse(access.readableStudents(launch(OTHER_SCHOOL, COURSE, "t", Role.INSTRUCTOR), THE_COURSE).test("ali"));
    }

    @Test
    void aLaunchFromOutsideACourseReachesNoCourse() {
        LaunchContext noCourse = new LaunchContext("lc", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(SCHOOL, "t", null, Set.of(Role.INSTRUCTOR), Set.of()), null, null, Locale.ROOT, null, null, null);
        assertFalse(access.mayTeach(noCourse, THE_COURSE));
        assertFalse(access.mayRead(noCourse, ALI, THE_COURSE));
        assertFalse(access.mayTeach(launch(SCHOOL, COURSE, "t", Role.INSTRUCTOR), null));
    }

    @Test
    void theMostSpecificDeclarationDecidesAndPrefixesMatchTheirFolderOnly() {
        ProtectedPage folder = ProtectedPage.page("/teacher/*", Audience.TEACHING);
        ProtectedPage page = ProtectedPage.page("/teacher/class.xhtml", Audience.FOLLOWING);
        assertTrue(folder.matches("/teacher/class.xhtml"));
        assertTrue(folder.matches("/teacher"));
        assertFalse(folder.matches("/teachers/x.xhtml"));
        assertFalse(page.matches("/teacher/class.xhtml.bak"));
        assertTrue(page.specificity() > folder.specificity());
        assertEquals("/modules/play.xhtml", ProtectedPage.page("/modules/play.xhtml", Audience.LEARNING).example());
    }

    @Test
    void aSubmissionReviewOpensAStudentOfTheLaunchsOwnCourseForStaffAndMentorsOnly() {
        LaunchContext teacher = launch(SCHOOL, COURSE, "hanne", Role.INSTRUCTOR);
        assertTrue(access.mayReview(teacher, ALI, THE_COURSE));
        assertFalse(access.mayReview(teacher, ALI, new CourseRef(SCHOOL, "course-2")), "a student of another course");
        assertFalse(access.mayReview(teacher, new StudentRef(OTHER_SCHOOL, "ali"), THE_COURSE), "a student of another school");
        assertFalse(access.mayReview(launch(OTHER_SCHOOL, COURSE, "hanne", Role.INSTRUCTOR), ALI, THE_COURSE),
                "the same course id on another platform");
        assertFalse(access.mayReview(launch(SCHOOL, COURSE, "ali", Role.LEARNER), ALI, THE_COURSE),
                "a student may read their own work, but a review is not for them");
        assertTrue(access.mayReview(mentor(SCHOOL, COURSE, Set.of("ali")), ALI, THE_COURSE));
        assertFalse(access.mayReview(mentor(SCHOOL, COURSE, Set.of("bo")), ALI, THE_COURSE));
    }

    @Test
    void onlyAnAdministratorOfTheSchoolItselfMayChangeTheSchoolsSettings() {
        assertTrue(access.mayAdministerSchool(launch(SCHOOL, COURSE, "it", Role.ADMINISTRATOR), SCHOOL));
        LaunchContext siteAdminTeaching = new LaunchContext("lc-a", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(SCHOOL, "it", null, Set.of(Role.ADMINISTRATOR, Role.INSTRUCTOR), Set.of()),
                new LtiContext(SCHOOL, COURSE, COURSE, null), new ResourceLink("7", null), Locale.ROOT, null, null, null);
        assertTrue(access.mayAdministerSchool(siteAdminTeaching, SCHOOL), "Moodle's site admin is also the course's teacher");
        assertTrue(Audience.ADMINISTERING_SCHOOL.admits(siteAdminTeaching.actor()));
        assertFalse(access.mayAdministerSchool(launch(OTHER_SCHOOL, COURSE, "it", Role.ADMINISTRATOR), SCHOOL), "another school's");
        for (Role role : List.of(Role.INSTRUCTOR, Role.TEACHING_ASSISTANT, Role.CONTENT_DEVELOPER, Role.LEARNER, Role.OBSERVER)) {
            assertFalse(access.mayAdministerSchool(launch(SCHOOL, COURSE, "t", role), SCHOOL), role.name());
            assertFalse(Audience.ADMINISTERING_SCHOOL.admits(launch(SCHOOL, COURSE, "t", role).actor()), role.name());
        }
        assertFalse(access.mayAdministerSchool(mentor(SCHOOL, COURSE, Set.of("ali")), SCHOOL));
    }

    private static LaunchContext launch(PlatformId platform, String course, String subject, Role role) {
        return new LaunchContext("lc-" + subject, UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(platform, subject, null, Set.of(role), Set.of()), new LtiContext(platform, course, course, null),
                new ResourceLink("7", null), Locale.ROOT, null, null, null);
    }

    private static LaunchContext mentor(PlatformId platform, String course, Set<String> mentees) {
        return new LaunchContext("lc-m", UUID.randomUUID(), LaunchKind.RESOURCE_LINK,
                new Actor(platform, "mentor", null, Set.of(Role.MENTOR), mentees), new LtiContext(platform, course, course, null),
                new ResourceLink("7", null), Locale.ROOT, null, null, null);
    }
}
