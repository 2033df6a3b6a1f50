package dk.laerepladsklar.classroom.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.laerepladsklar.kernel.access.SchoolRole;
import dk.laerepladsklar.lti.api.Member;
import dk.laerepladsklar.lti.api.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The name a consultant picked from the roster is kept by: what the LMS sent, made fit to keep. */
class SchoolConsultantsViewTest {

    @Test
    void theRostersNameOrEmailCutAndCleanedElseTheUserId() {
        assertEquals("Hanne Holm", SchoolConsultantsView.nameOf(staff("7", "Hanne Holm", null)));
        assertEquals("hanne@skole.dk", SchoolConsultantsView.nameOf(staff("7", " ", "hanne@skole.dk")), "no name: the email");
        assertEquals("7", SchoolConsultantsView.nameOf(staff("7", null, null)), "nothing shared: the LMS user id");
        assertEquals("Hanne Holm", SchoolConsultantsView.nameOf(staff("7", "Hanne\u0000 Holm\n".replace("\u0000 ", " "), null)));
        assertEquals("HanneHolm", SchoolConsultantsView.nameOf(staff("7", "Hanne\u0007Holm", null)), "control characters go");
        assertEquals(SchoolRole.MAX_NAME, SchoolConsultantsView.nameOf(staff("7", "H".repeat(500), null)).length());
        assertEquals("7", SchoolConsultantsView.nameOf(staff("7", "\u0007\u0008", null)), "only control characters: the id");
    }

    private static Member staff(String subject, String name, String email) {
        return new Member(subject, name, email, Set.of(Role.INSTRUCTOR), true);
    }
}
