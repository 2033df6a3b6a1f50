package dk.laerepladsklar.lti.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.lti.api.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleMapperTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // LTI 1.3 context roles, as full URIs (Moodle, Canvas launches)
            LIS + "membership#Learner,           LEARNER",
            LIS + "membership#Instructor,        INSTRUCTOR",
            LIS + "membership#ContentDeveloper,  CONTENT_DEVELOPER",
            LIS + "membership#Mentor,            MENTOR",
            LIS + "membership#Administrator,     ADMINISTRATOR",
            // sub-roles: the principal role counts, except that a teaching assistant is one
            LIS + "membership/Instructor#TeachingAssistant,        TEACHING_ASSISTANT",
            LIS + "membership/Instructor#TeachingAssistantSection, TEACHING_ASSISTANT",
            LIS + "membership/Instructor#Grader,                   INSTRUCTOR",
            LIS + "membership/Learner#NonCreditLearner,            LEARNER",
            LIS + "membership/Mentor#Advisor,                      MENTOR",
            // institution and system roles: administrators, mentors, observers and guests count
            LIS + "institution/person#Administrator, ADMINISTRATOR",
            LIS + "institution/person#Mentor,        MENTOR",
            LIS + "institution/person#Observer,      OBSERVER",
            LIS + "institution/person#Guest,         GUEST",
            "urn:lti:instrole:ims/lis/Mentor,       MENTOR",
            "urn:lti:instrole:ims/lis/Observer,     OBSERVER",
            "urn:lti:instrole:ims/lis/Guest,        GUEST",
            LIS + "membership/Instructor#TeachingAssistantGroup,    TEACHING_ASSISTANT",
            LIS + "membership/Instructor#TeachingAssistantOffering, TEACHING_ASSISTANT",
            LIS + "membership/Mentor#Mentor,                        MENTOR",
            LIS + "membership/ContentDeveloper#ContentExpert,       CONTENT_DEVELOPER",
            LIS + "system/person#Administrator,      ADMINISTRATOR",
            LIS + "system/person#SysAdmin,           ADMINISTRATOR",
            // short names (Moodle's NRPS answers, the certification's "short role" launches)
            "Learner,          LEARNER",
            "Instructor,       INSTRUCTOR",
            "ContentDeveloper, CONTENT_DEVELOPER",
            "Mentor,           MENTOR",
            "TeachingAssistant, TEACHING_ASSISTANT",
            "Observer,         OBSERVER",
            "Guest,            GUEST",
            "Administrator,    ADMINISTRATOR",
            // LTI 1.1 URNs
            "urn:lti:role:ims/lis/Learner,                        LEARNER",
            "urn:lti:role:ims/lis/Instructor,                     INSTRUCTOR",
            "urn:lti:role:ims/lis/ContentDeveloper,               CONTENT_DEVELOPER",
            "urn:lti:role:ims/lis/Mentor,                         MENTOR",
            "urn:lti:role:ims/lis/TeachingAssistant,              TEACHING_ASSISTANT",
            "urn:lti:role:ims/lis/Instructor/TeachingAssistant,   TEACHING_ASSISTANT",
            "urn:lti:role:ims/lis/Learner/NonCreditLearner,       LEARNER",
            "urn:lti:role:ims/lis/Mentor/Advisor,                 MENTOR",
            "urn:lti:instrole:ims/lis/Administrator,              ADMINISTRATOR",
            "urn:lti:sysrole:ims/lis/Administrator,               ADMINISTRATOR",
            "urn:lti:sysrole:ims/lis/SysAdmin,                    ADMINISTRATOR",
    })
    void knownRolesMapToTheirApplicationRole(String name, Role expected) {
        assertEquals(Optional.of(expected), RoleMapper.map(name));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "http://example.com/custom/TeachingAssistant", // the certification's "unknown role"
            "http://example.com/custom/Auditor",
            LIS + "membership#Member",
            LIS + "membership#Manager",
            LIS + "membership#Officer",
            LIS + "membership#Unheard",
            LIS + "membershipInstructor",
            LIS + "institution/person#Faculty",  // an institution's teacher is not this course's teacher
            LIS + "institution/person#Student",
            LIS + "institution/person#None",
            LIS + "system/person#None",
            "urn:lti:instrole:ims/lis/None",
            "None",
            LIS + "system/person#User",
            LIS + "system/person#Instructor",
            "urn:lti:instrole:ims/lis/Faculty",
            "urn:lti:sysrole:ims/lis/User",
            "Member",
            "x-custom:Instructor",
    })
    void unknownRolesGrantNothing(String name) {
        assertEquals(Optional.empty(), RoleMapper.map(name));
    }

    @Test
    void moodlesAdministratorIsAnAdministratorAndAnInstructor() {
        Set<Role> roles = RoleMapper.map(List.of(
                LIS + "institution/person#Administrator",
                LIS + "membership#Instructor",
                LIS + "system/person#Administrator"));

        assertEquals(EnumSet.of(Role.ADMINISTRATOR, Role.INSTRUCTOR), roles);
    }

    @Test
    void severalRolesAreAllKeptAndUnknownOnesDropped() {
        Set<Role> roles = RoleMapper.map(List.of(
                LIS + "membership#Learner",
                LIS + "institution/person#Student",
                LIS + "membership#Mentor",
                "http://example.com/custom/Auditor"));

        assertEquals(EnumSet.of(Role.LEARNER, Role.MENTOR), roles);
    }

    @Test
    void fullUrisAndShortNamesOfTheSameRoleAgree() {
        assertEquals(RoleMapper.map(List.of("Instructor")), RoleMapper.map(List.of(LIS + "membership#Instructor")));
        assertEquals(RoleMapper.map(List.of("Learner")), RoleMapper.map(List.of(LIS + "membership#Learner")));
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertEquals(Optional.of(Role.LEARNER), RoleMapper.map("  " + LIS + "membership#Learner\n"));
    }

    @Test
    void noRolesOrOnlyUnknownOnesGiveTheEmptySet() {
        assertEquals(Set.of(), RoleMapper.map((List<String>) null));
        assertEquals(Set.of(), RoleMapper.map(List.of()));
        assertEquals(Set.of(), RoleMapper.map(Arrays.asList("http://example.com/custom/TeachingAssistant", null, "")));
    }

    @Test
    void onlyStaffRolesTeach() {
        Set<Role> teaching = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (role.teaches()) {
                teaching.add(role);
            }
        }
        assertEquals(EnumSet.of(Role.INSTRUCTOR, Role.TEACHING_ASSISTANT, Role.CONTENT_DEVELOPER, Role.ADMINISTRATOR), teaching);
    }
}
