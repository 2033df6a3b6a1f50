package dk.laerepladsklar.lti.core.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private final Instant now = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void anInvitationIsOpenUntilItExpiresAndRevokingAUsedOneChangesNothing() {
        Invitation invitation = new Invitation("  Testskolen ", Invitations.hash("secret"), now, now.plus(Duration.ofDays(14)));

        assertEquals("Testskolen", invitation.getSchool());
        assertEquals(InvitationState.OPEN, invitation.stateAt(now.plus(Duration.ofDays(13))));
        assertEquals(InvitationState.EXPIRED, invitation.stateAt(now.plus(Duration.ofDays(14))));
        invitation.revoke(now);
        assertEquals(InvitationState.REVOKED, invitation.stateAt(now));
    }

    @Test
    void aSchoolIsNamedAndTheSecretIsHashed() {
        assertThrows(IllegalArgumentException.class, () -> new Invitation(" ", "h", now, now.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Invitation("x".repeat(256), "h", now, now.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Invitation("X", "h", now, now));
        assertEquals(64, Invitations.hash("secret").length());
        assertNotEquals(Invitations.hash("secret"), Invitations.hash("secret2"));
    }
}
