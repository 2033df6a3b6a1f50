package dk.laerepladsklar.lti.api.admin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The admin's invitations: a school is invited to register its platform, once, before the invitation expires. */
public interface SchoolInvitations {

    int DEFAULT_DAYS = 14;

    /**
     * @param days how long it stays valid; null for {@value #DEFAULT_DAYS} days
     * @throws IllegalArgumentException when the school or the number of days is not acceptable
     */
    IssuedInvitation create(String school, Integer days);

    /** Newest first. */
    List<InvitationSummary> all();

    /** Revokes the invitation if it is still open; empty if there is none, or it is used, expired or revoked. */
    Optional<InvitationSummary> revokeIfOpen(UUID id);
}
