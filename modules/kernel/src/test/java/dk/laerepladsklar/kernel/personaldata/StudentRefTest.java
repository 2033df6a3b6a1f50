package dk.laerepladsklar.kernel.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StudentRefTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000001"));
    private static final PlatformId OTHER = new PlatformId(UUID.fromString("6f1c2d3e-0000-4000-8000-000000000002"));

    @Test
    void anLmsUserIdIsOneTo255CharactersWithoutControlCharacters() {
        assertTrue(StudentRef.isSubject("17"));
        assertTrue(StudentRef.isSubject("a6d2c9e4-5b1f-4c55-9c1e-3f7a2b9d0e11"));
        assertTrue(StudentRef.isSubject("x".repeat(255)));
        assertTrue(StudentRef.isSubject("../../etc/passwd"), "only a key: it never becomes a path");
        assertFalse(StudentRef.isSubject(null));
        assertFalse(StudentRef.isSubject(""));
        assertFalse(StudentRef.isSubject("   "));
        assertFalse(StudentRef.isSubject("x".repeat(256)));
        assertFalse(StudentRef.isSubject("17\u0000"));
        assertFalse(StudentRef.isSubject("17\n18"));
        assertThrows(IllegalArgumentException.class, () -> new StudentRef(SCHOOL, "x".repeat(10_000)));
        assertThrows(NullPointerException.class, () -> new StudentRef(null, "17"));
    }

    @Test
    void logLinesGetAShortStablePseudonymNeverTheSubject() {
        StudentRef ali = new StudentRef(SCHOOL, "student-ali");

        assertTrue(ali.pseudonym().matches("[0-9a-f]{12}"), ali.pseudonym());
        assertEquals(ali.pseudonym(), new StudentRef(SCHOOL, "student-ali").pseudonym());
        assertNotEquals(ali.pseudonym(), new StudentRef(OTHER, "student-ali").pseudonym(), "per platform");
        assertNotEquals(ali.pseudonym(), new StudentRef(SCHOOL, "student-sofie").pseudonym());
        assertFalse(ali.toString().contains("student-ali"), ali.toString());
    }
}
