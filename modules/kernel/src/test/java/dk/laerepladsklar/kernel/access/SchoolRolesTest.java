package dk.laerepladsklar.kernel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an administrator may type when naming a consultant (an LMS user id and a name), and what a grant guards in
 * itself whatever the page checked.
 */
class SchoolRolesTest {

    private static final PlatformId SCHOOL = new PlatformId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void anLmsUserIdIsWhatAnLmsSendsWithoutWhiteSpace() {
        for (String id : new String[] {"2", "hanne", "a1b2c3d4-e5f6-4711-8899-aabbccddeeff", "user_17", "x".repeat(255)}) {
            assertTrue(SchoolRoles.isUserId(id), id);
        }
        for (String id : new String[] {null, "", " ", "hanne jensen", " hanne", "hanne\n", "a\u0000b", "x".repeat(256), "tab\there"}) {
            assertFalse(SchoolRoles.isUserId(id), String.valueOf(id));
        }
    }

    @Test
    void aTypedNameHoldsTheCharactersOfNamesAndALetter() {
        for (String name : new String[] {"Hanne Ørsted", "Ann-Britt O'Hara", "Jens Chr. Sørensen", "Åse (konsulent)",
                "Mette Frederiksen, Viborg", "Zoë Ünal", "A".repeat(SchoolRole.MAX_NAME)}) {
            assertTrue(SchoolRoles.isTypedName(name), name);
        }
        for (String name : new String[] {null, "", "   ", "<script>", "Hanne\tJensen", "Hanne;drop", "1234", "--",
                "A".repeat(SchoolRole.MAX_NAME + 1), "hanne@skole.dk"}) {
            assertFalse(SchoolRoles.isTypedName(name), String.valueOf(name));
        }
    }

    @Test
    void aGrantGuardsItsPersonNameAndGranter() {
        StudentRef hanne = new StudentRef(SCHOOL, "hanne");
        SchoolRole role = new SchoolRole(hanne, SchoolRole.Kind.CONSULTANT, "  Hanne Ørsted ", "it", NOW);
        assertEquals("Hanne Ørsted", role.getDisplayName(), "kept stripped");
        assertEquals(SCHOOL, role.getPlatform());
        assertEquals(hanne, role.person());
        assertEquals("it", role.grantedBy().orElseThrow());
        role.forgetGranter();
        assertTrue(role.grantedBy().isEmpty(), "erased granter, the grant stays");

        assertThrows(IllegalArgumentException.class, () -> new SchoolRole(hanne, SchoolRole.Kind.CONSULTANT, " ", "it", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new SchoolRole(hanne, SchoolRole.Kind.CONSULTANT, "A".repeat(SchoolRole.MAX_NAME + 1), "it", NOW));
        assertThrows(IllegalArgumentException.class, () -> new SchoolRole(hanne, SchoolRole.Kind.CONSULTANT, "Han\u0007ne", "it", NOW));
        assertThrows(IllegalArgumentException.class, () -> new SchoolRole(hanne, SchoolRole.Kind.CONSULTANT, "Hanne", null, NOW));
        assertThrows(NullPointerException.class, () -> new SchoolRole(hanne, null, "Hanne", "it", NOW));
        assertThrows(NullPointerException.class, () -> new SchoolRole(null, SchoolRole.Kind.CONSULTANT, "Hanne", "it", NOW));
        // a name from the roster may hold what a typed one may not (the LMS decides people's names), but never control characters
        assertTrue(SchoolRole.isName("Hanne ❤ Jensen"));
        assertFalse(SchoolRole.isName("Hanne\u202eJensen".replace('\u202e', '\u0085')));
    }
}
