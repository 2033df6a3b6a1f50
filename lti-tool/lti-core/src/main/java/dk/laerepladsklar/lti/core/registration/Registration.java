package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.Origins;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** An immutable snapshot of a platform and its deployments, cheap to keep in memory for launches. */
public record Registration(PlatformId platformId,
                           String issuer,
                           String clientId,
                           String name,
                           String authLoginUrl,
                           String tokenUrl,
                           String jwksUrl,
                           Set<String> deploymentIds,
                           List<String> frameOrigins,
                           Instant loadedAt,
                           PlatformStatus status) {

    public Registration {
        deploymentIds = Set.copyOf(deploymentIds);
        frameOrigins = List.copyOf(frameOrigins);
        status = status == null ? PlatformStatus.APPROVED : status;
    }

    /** An approved platform's snapshot. */
    public Registration(PlatformId platformId, String issuer, String clientId, String name, String authLoginUrl,
                        String tokenUrl, String jwksUrl, Set<String> deploymentIds, List<String> frameOrigins,
                        Instant loadedAt) {
        this(platformId, issuer, clientId, name, authLoginUrl, tokenUrl, jwksUrl, deploymentIds, frameOrigins, loadedAt,
                PlatformStatus.APPROVED);
    }

    public boolean hasDeployment(String deploymentId) {
        return deploymentIds.contains(deploymentId);
    }

    /** Whether the operator has let this platform's users in (see {@link PlatformStatus}). */
    public boolean approved() {
        return status == PlatformStatus.APPROVED;
    }

    /**
     * The origins that show this platform's pages with the tool in an iframe: the issuer's, the auth endpoint's
     * and the extra ones the operator listed (a school's own Canvas domain, say).
     */
    public Set<String> framingOrigins() {
        Set<String> origins = new LinkedHashSet<>();
        Stream.of(issuer, authLoginUrl).map(Origins::of).flatMap(java.util.Optional::stream).forEach(origins::add);
        origins.addAll(frameOrigins);
        return origins;
    }

    static Registration of(Platform platform, Set<String> deploymentIds) {
        return new Registration(new PlatformId(platform.getId()), platform.getIssuer(), platform.getClientId(),
                platform.getName(), platform.getAuthLoginUrl(), platform.getTokenUrl(), platform.getJwksUrl(),
                deploymentIds, platform.getFrameOrigins(), Instant.now(), platform.getStatus());
    }
}
