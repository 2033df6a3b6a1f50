package dk.laerepladsklar.lti.api.admin;

/** A new invitation and its secret, which exists only here and in the registration URL handed to the school. */
public record IssuedInvitation(InvitationSummary invitation, String secret) {

    @Override
    public String toString() {
        return "IssuedInvitation[" + invitation + "]"; // never the secret
    }
}
