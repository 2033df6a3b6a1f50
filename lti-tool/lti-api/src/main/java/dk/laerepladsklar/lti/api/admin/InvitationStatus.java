package dk.laerepladsklar.lti.api.admin;

/** Where an invitation is in its life; only an OPEN one lets a school register. */
public enum InvitationStatus {
    OPEN,
    USED,
    EXPIRED,
    REVOKED
}
