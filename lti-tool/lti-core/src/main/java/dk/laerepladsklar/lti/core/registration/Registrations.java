package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered platforms and deployments. Launches read snapshots from memory; a snapshot is reloaded
 * after a short time, or at once when a deployment is unknown, so other cluster nodes' registrations show
 * up without a restart.
 */
@ApplicationScoped
public class Registrations {

    private static final Duration SNAPSHOT_LIFETIME = Duration.ofSeconds(30);
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(2);

    @PersistenceContext
    EntityManager em;

    private final Map<Key, Optional<Registration>> snapshots = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    /** Grows with every registration made on this node, so caches built from registrations know to rebuild. */
    public long changes() {
        return changes.get();
    }

    private record Key(String issuer, String clientId) {
    }

    /** The registration for an issuer and client id; with no client id, the issuer's only registration. */
    public Optional<Registration> find(String issuer, String clientId) {
        if (issuer == null) {
            return Optional.empty();
        }
        if (clientId == null || clientId.isBlank()) {
            List<Platform> platforms = em.createQuery("select p from Platform p where p.issuer = :iss", Platform.class)
                    .setParameter("iss", issuer).getResultList();
            return platforms.size() == 1 ? find(issuer, platforms.get(0).getClientId()) : Optional.empty();
        }
        Key key = new Key(issuer, clientId);
        Optional<Registration> cached = snapshots.get(key);
        if (cached != null && (cached.isEmpty() || fresh(cached.get(), SNAPSHOT_LIFETIME))) {
            return cached;
        }
        return reload(key);
    }

    /** Like {@link #find}, but reloads once if the deployment is not yet known (it may have just been added). */
    public Optional<Registration> findWithDeployment(String issuer, String clientId, String deploymentId) {
        Optional<Registration> found = find(issuer, clientId);
        if (found.isPresent() && !found.get().hasDeployment(deploymentId) && !fresh(found.get(), MIN_RELOAD_INTERVAL)) {
            return reload(new Key(issuer, found.get().clientId()));
        }
        return found;
    }

    private static boolean fresh(Registration registration, Duration lifetime) {
        return registration.loadedAt().plus(lifetime).isAfter(Instant.now());
    }

    private Optional<Registration> reload(Key key) {
        Optional<Registration> loaded = em.createQuery(
                        "select p from Platform p where p.issuer = :iss and p.clientId = :cid", Platform.class)
                .setParameter("iss", key.issuer()).setParameter("cid", key.clientId())
                .getResultStream().findFirst()
                .map(p -> Registration.of(p, new HashSet<>(deploymentIdsOf(p))));
        if (loaded.isPresent()) {
            snapshots.put(key, loaded);
        } else {
            snapshots.remove(key);
        }
        return loaded;
    }

    private List<String> deploymentIdsOf(Platform platform) {
        return em.createQuery("select d.deploymentId from Deployment d where d.platform = :p", String.class)
                .setParameter("p", platform).getResultList();
    }

    public Optional<Platform> platform(PlatformId id) {
        return Optional.ofNullable(em.find(Platform.class, id.value()));
    }

    /** Every origin that may frame the tool: each platform's issuer, auth endpoint and extra origins. */
    public java.util.Set<String> frameOrigins() {
        java.util.Set<String> origins = new java.util.TreeSet<>();
        for (Platform platform : all()) {
            java.util.stream.Stream.of(origin(platform.getIssuer()), origin(platform.getAuthLoginUrl()))
                    .filter(java.util.Objects::nonNull).forEach(origins::add);
            origins.addAll(platform.getFrameOrigins());
        }
        return origins;
    }

    private static String origin(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            return uri.getHost() == null ? null : uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<Platform> all() {
        return em.createQuery("select p from Platform p order by p.name", Platform.class).getResultList();
    }

    /**
     * Registers a platform, or updates its endpoints if the issuer and client id are known, and makes
     * sure the deployment exists.
     */
    @Transactional
    public Registration register(PlatformEndpoints endpoints, String deploymentId) {
        Platform platform = em.createQuery(
                        "select p from Platform p where p.issuer = :iss and p.clientId = :cid", Platform.class)
                .setParameter("iss", endpoints.issuer()).setParameter("cid", endpoints.clientId())
                .getResultStream().findFirst()
                .orElse(null);
        if (platform == null) {
            platform = new Platform(endpoints.issuer(), endpoints.clientId(), endpoints.name(),
                    endpoints.authLoginUrl(), endpoints.tokenUrl(), endpoints.jwksUrl());
            em.persist(platform);
        } else {
            platform.updateEndpoints(endpoints.name(), endpoints.authLoginUrl(), endpoints.tokenUrl(), endpoints.jwksUrl());
        }
        platform.allowFraming(endpoints.frameOrigins());
        if (deploymentId != null && !deploymentId.isBlank()
                && !deploymentIdsOf(platform).contains(deploymentId.strip())) {
            em.persist(new Deployment(platform, deploymentId));
        }
        em.flush();
        Registration registration = Registration.of(platform, new HashSet<>(deploymentIdsOf(platform)));
        snapshots.put(new Key(platform.getIssuer(), platform.getClientId()), Optional.of(registration));
        changes.incrementAndGet();
        return registration;
    }
}
