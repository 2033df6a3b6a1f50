package dk.laerepladsklar.lti.api.admin;

import dk.laerepladsklar.lti.api.PlatformId;

/** A stored platform, enough to tell a school's two apart when choosing one. */
public record PlatformName(PlatformId platformId, String name, String issuer, String clientId) {
}
