package dk.laerepladsklar.lti.api.admin;

import java.time.Instant;
import java.util.UUID;

/** An invitation as the admin sees it; its secret is never part of it. */
public record InvitationSummary(UUID id, String school, Instant createdAt, Instant expiresAt, InvitationStatus status) {

    public boolean revocable() {
        return status == InvitationStatus.OPEN;
    }
}
