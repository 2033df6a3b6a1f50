package dk.laerepladsklar.lti.core.registration;

/** Where an invitation is in its life; only an OPEN one lets a school register. */
public enum InvitationState {
    OPEN,
    USED,
    EXPIRED,
    REVOKED
}
