package dk.laerepladsklar.lti.core.admin;

import dk.laerepladsklar.lti.api.admin.InvitationStatus;
import dk.laerepladsklar.lti.api.admin.InvitationSummary;
import dk.laerepladsklar.lti.api.admin.IssuedInvitation;
import dk.laerepladsklar.lti.api.admin.SchoolInvitations;
import dk.laerepladsklar.lti.core.registration.Invitation;
import dk.laerepladsklar.lti.core.registration.InvitationState;
import dk.laerepladsklar.lti.core.registration.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The admin port's invitations: {@link Invitations}. */
@ApplicationScoped
public class InvitationsForAdmin implements SchoolInvitations {

    @Inject
    Invitations invitations;

    @Override
    public IssuedInvitation create(String school, Integer days) {
        Invitations.Issued issued = invitations.create(school, days);
        return new IssuedInvitation(summary(issued.invitation()), issued.secret());
    }

    @Override
    public List<InvitationSummary> all() {
        return invitations.all().stream().map(this::summary).toList();
    }

    @Override
    public Optional<InvitationSummary> revokeIfOpen(UUID id) {
        return invitations.find(id)
                .filter(i -> invitations.stateOf(i) == InvitationState.OPEN)
                .flatMap(i -> invitations.revoke(i.getId()))
                .map(this::summary);
    }

    private InvitationSummary summary(Invitation invitation) {
        return new InvitationSummary(invitation.getId(), invitation.getSchool(), invitation.getCreatedAt(),
                invitation.getExpiresAt(), InvitationStatus.valueOf(invitations.stateOf(invitation).name()));
    }
}
