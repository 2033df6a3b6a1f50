package dk.laerepladsklar.lti.api.admin;

import java.util.List;

/**
 * A platform registered by hand: the fields a school's Moodle or Canvas shows. Validated by the LTI layer, not
 * here, so the admin page and the registration file refuse the same things.
 */
public record PlatformRegistration(String issuer,
                                   String clientId,
                                   String name,
                                   String authLoginUrl,
                                   String tokenUrl,
                                   String jwksUrl,
                                   List<String> deploymentIds,
                                   List<String> frameOrigins) {

    public PlatformRegistration {
        deploymentIds = deploymentIds == null ? List.of() : List.copyOf(deploymentIds);
        frameOrigins = frameOrigins == null ? List.of() : List.copyOf(frameOrigins);
    }
}
