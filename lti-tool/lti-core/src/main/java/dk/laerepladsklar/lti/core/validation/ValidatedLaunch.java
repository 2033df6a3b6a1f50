package dk.laerepladsklar.lti.core.validation;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.core.registration.Registration;

/** A launch that passed every check, with the verified claims kept for the services that need more of them. */
public record ValidatedLaunch(Launch launch, Registration registration, JWTClaimsSet claims) {
}
