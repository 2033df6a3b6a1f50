package dk.laerepladsklar.lti.core.validation;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.Registrations;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered platforms, in memory. Like the real one it hands out snapshots: a deployment added with
 * {@link #addDeploymentLater} is only seen by {@link #findWithDeployment}, which reloads.
 */
class FakeRegistrations extends Registrations {

    private final Map<String, Registration> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Registration> stored = new ConcurrentHashMap<>();

    Registration register(String issuer, String clientId, String jwksUrl, String... deploymentIds) {
        Registration registration = new Registration(new PlatformId(UUID.randomUUID()), issuer, clientId, "Skolens Moodle",
                issuer + "/mod/lti/auth.php", issuer + "/mod/lti/token.php", jwksUrl, Set.of(deploymentIds), java.util.List.of(), Instant.now());
        snapshots.put(key(issuer, clientId), registration);
        stored.put(key(issuer, clientId), registration);
        return registration;
    }

    /** An admin adds a deployment (on another node, say): stored, but not yet in the snapshot. */
    void addDeploymentLater(String issuer, String clientId, String deploymentId) {
        Registration old = stored.get(key(issuer, clientId));
        Set<String> deployments = new HashSet<>(old.deploymentIds());
        deployments.add(deploymentId);
        stored.put(key(issuer, clientId), new Registration(old.platformId(), old.issuer(), old.clientId(), old.name(),
                old.authLoginUrl(), old.tokenUrl(), old.jwksUrl(), deployments, old.frameOrigins(), Instant.now()));
    }

    @Override
    public Optional<Registration> find(String issuer, String clientId) {
        return Optional.ofNullable(snapshots.get(key(issuer, clientId)));
    }

    @Override
    public Optional<Registration> findWithDeployment(String issuer, String clientId, String deploymentId) {
        Registration reloaded = stored.get(key(issuer, clientId));
        if (reloaded != null) {
            snapshots.put(key(issuer, clientId), reloaded);
        }
        return Optional.ofNullable(reloaded);
    }

    private static String key(String issuer, String clientId) {
        return issuer + " " + clientId;
    }
}
