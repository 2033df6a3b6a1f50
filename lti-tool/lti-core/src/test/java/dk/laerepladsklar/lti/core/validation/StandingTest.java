package dk.laerepladsklar.lti.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.Actor;
import dk.laerepladsklar.lti.api.Actor.Standing;
import dk.laerepladsklar.lti.api.PlatformId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** From the roles a platform sends to the part a person plays in the course, the way the schools name them. */
class StandingTest {

    private static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    private static final PlatformId MOODLE = new PlatformId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            LIS + "membership#Learner | STUDENT",
            "Learner | STUDENT",
            LIS + "membership#Instructor | TEACHER",
            LIS + "membership/Instructor#TeachingAssistant | TEACHER",
            "TeachingAssistant | TEACHER",
            LIS + "membership#ContentDeveloper | CONTENT_DEVELOPER",
            LIS + "membership#Administrator | ADMINISTRATOR",
            LIS + "institution/person#Administrator | ADMINISTRATOR",
            // Moodle's site administrator: an administrator who is also the course's instructor teaches
            LIS + "institution/person#Administrator," + LIS + "membership#Instructor," + LIS + "system/person#Administrator | TEACHER",
            // a mentor is a mentor only with mentees (given below for every row that names Mentor)
            LIS + "membership#Mentor | MENTOR",
            LIS + "institution/person#Mentor | MENTOR",
            "Mentor | MENTOR",
            LIS + "membership/Mentor#Advisor | MENTOR",
            // a learner who is also someone's mentor works as a student
            LIS + "membership#Learner," + LIS + "membership#Mentor | STUDENT",
            LIS + "institution/person#Observer | OTHER",
            LIS + "institution/person#Guest | OTHER",
            LIS + "institution/person#None | OTHER",
            LIS + "system/person#None | OTHER",
            LIS + "institution/person#Student | OTHER",
            LIS + "institution/person#Faculty | OTHER",
            "http://example.com/custom/Auditor | OTHER",
    })
    void rolesGiveOneStanding(String roles, Standing expected) {
        Actor actor = new Actor(MOODLE, "5", null, RoleMapper.map(List.of(roles.split(","))), Set.of("6", "7"));

        assertEquals(expected, actor.standing());
        assertEquals(expected == Standing.STUDENT, actor.isStudent(), "only students make progress and scores");
        assertEquals(Set.of(Standing.TEACHER, Standing.CONTENT_DEVELOPER, Standing.ADMINISTRATOR).contains(expected),
                actor.isStaff());
    }

    @Test
    void aMentorWithoutMenteesIsNoMentorAndIsToldWhy() {
        Actor mentor = new Actor(MOODLE, "9", "Bente Bak", RoleMapper.map(List.of(LIS + "membership#Mentor")), Set.of());

        assertEquals(Standing.OTHER, mentor.standing());
        assertTrue(mentor.isMentorWithoutMentees());
        assertFalse(mentor.mentors("5"));
    }

    @Test
    void menteesCountOnlyForAMentor() {
        Actor learner = new Actor(MOODLE, "5", null, RoleMapper.map(List.of("Learner")), Set.of("6"));
        Actor mentor = new Actor(MOODLE, "9", null, RoleMapper.map(List.of("Mentor")), Set.of("6", " ", ""));

        assertEquals(Set.of(), learner.mentees());
        assertFalse(learner.mentors("6"));
        assertEquals(Set.of("6"), mentor.mentees());
        assertTrue(mentor.mentors("6"));
        assertFalse(mentor.mentors("7"));
    }

    @Test
    void anActorSurvivesSerialization() throws Exception {
        Actor mentor = new Actor(MOODLE, "9", "Bente Bak", RoleMapper.map(List.of("Mentor")), Set.of("6"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(mentor);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(mentor, in.readObject());
        }
    }
}
