package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.api.PlatformId;
import java.time.Instant;
import java.util.Set;

/** An immutable snapshot of a platform and its deployments, cheap to keep in memory for launches. */
public record Registration(PlatformId platformId,
                           String issuer,
                           String clientId,
                           String name,
                           String authLoginUrl,
                           String tokenUrl,
                           String jwksUrl,
                           Set<String> deploymentIds,
                           java.util.List<String> frameOrigins,
                           Instant loadedAt) {

    public Registration {
        deploymentIds = Set.copyOf(deploymentIds);
        frameOrigins = java.util.List.copyOf(frameOrigins);
    }

    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    static Registration of(Platform platform, Set<String> deploymentIds) {
        return new Registration(new PlatformId(platform.getId()), platform.getIssuer(), platform.getClientId(),
                platform.getName(), platform.getAuthLoginUrl(), platform.getTokenUrl(), platform.getJwksUrl(),
                deploymentIds, platform.getFrameOrigins(), Instant.now());
    }
}
