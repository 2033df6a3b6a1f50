package dk.laerepladsklar.lti.core.registration;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The registered platforms and deployments. Launches read snapshots from this node's memory; a snapshot is
 * reloaded after a short time, or at once when a deployment is unknown.
 *
 * <p>On a cluster a change on one node (an approval, an operator's new endpoints, a new deployment) reaches every
 * node at once: beside each snapshot the node keeps a marker in the shared store {@code snapshots} (an invalidation
 * cache on a cluster), noted on this node only before the database is read (putForExternalRead), and trusts the
 * snapshot only while that marker is still there and the same. A change removes the registration's marker on every
 * node once it is committed, so each node reads the database again at its next launch. The snapshots themselves
 * never leave the node (nothing of the application goes into a shared cache), and no write is made while nothing
 * changes, which a version key in a replicated cache would not give. The short lifetimes stay as a backstop.
 */
@ApplicationScoped
public class Registrations {

    private static final Duration SNAPSHOT_LIFETIME = Duration.ofSeconds(30);
    private static final Duration MIN_RELOAD_INTERVAL = Duration.ofSeconds(2);
    private static final String MARKER = "registration:";

    @PersistenceContext
    EntityManager em;
    @Inject
    Invitations invitations;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private SharedStore markers = new MemoryStore();
    private final AtomicLong marks = new AtomicLong();
    private final Map<Key, Snapshot> snapshots = new ConcurrentHashMap<>();

    private record Key(String issuer, String clientId) {
        String marker() {
            return MARKER + issuer.length() + ":" + issuer + clientId;
        }
    }

    /** A registration as loaded (empty: none), and the marker it was loaded under. */
    private record Snapshot(Optional<Registration> registration, String marker) {
    }

    /** In the container: the cluster's markers. */
    @Inject
    public void useShared(SharedStores stores) {
        this.markers = stores.store(SharedStores.SNAPSHOTS);
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
        Snapshot snapshot = snapshots.get(key);
        Optional<Registration> cached = snapshot == null || !snapshot.marker().equals(markers.get(key.marker()))
                ? null : snapshot.registration();
        // A pending platform is also looked up again after a short while (a backstop: an approval on any node
        // removes the marker on every node).
        if (cached != null && (cached.isEmpty() || fresh(cached.get(), cached.get().approved() ? SNAPSHOT_LIFETIME : MIN_RELOAD_INTERVAL))) {
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
        // The marker before the read: a change committed after this point removes it again.
        String marker = markers.get(key.marker());
        if (marker == null) {
            markers.putLocally(key.marker(), Long.toString(marks.incrementAndGet()));
            marker = markers.get(key.marker());
        }
        Optional<Registration> loaded = em.createQuery(
                        "select p from Platform p where p.issuer = :iss and p.clientId = :cid", Platform.class)
                .setParameter("iss", key.issuer()).setParameter("cid", key.clientId())
                .getResultStream().findFirst()
                .map(p -> Registration.of(p, new HashSet<>(deploymentIdsOf(p))));
        if (loaded.isPresent() && marker != null) {
            snapshots.put(key, new Snapshot(loaded, marker));
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

    /** The platform that registered with this invitation, if one did. */
    public Optional<Platform> registeredWith(UUID invitationId) {
        return em.createQuery("select p from Platform p where p.invitationId = :i", Platform.class)
                .setParameter("i", invitationId).getResultStream().findFirst();
    }

    public List<Platform> all() {
        return em.createQuery("select p from Platform p order by p.name", Platform.class).getResultList();
    }

    /**
     * The operator's registration (admin API, admin page, the registration file, the demo LMS's own): adds the
     * platform or, if the issuer and client id are known, points it at the given endpoints and replaces its
     * frame origins; makes sure the deployment exists. What the operator registers is approved.
     */
    @Transactional
    public Registration registerByOperator(PlatformEndpoints endpoints, String deploymentId) {
        Platform platform = stored(endpoints.issuer(), endpoints.clientId()).orElse(null);
        if (platform == null) {
            platform = new Platform(endpoints.issuer(), endpoints.clientId(), endpoints.name(),
                    endpoints.authLoginUrl(), endpoints.tokenUrl(), endpoints.jwksUrl());
            em.persist(platform);
        } else {
            platform.updateEndpoints(endpoints.name(), endpoints.authLoginUrl(), endpoints.tokenUrl(), endpoints.jwksUrl());
            platform.approve();
        }
        platform.replaceFrameOrigins(endpoints.frameOrigins());
        addDeployment(platform, deploymentId);
        return remember(platform);
    }

    /**
     * Dynamic registration: adds a platform the tool has never seen and never changes one it knows, whatever
     * the platform's answer says (client ids are not secret). With an invitation, the invitation is used up in
     * the same transaction, so of two registrations racing with it only one is stored.
     *
     * @param invitationId the invitation the school registered with, or null (open registration)
     */
    @Transactional(rollbackOn = RegistrationFailed.class)
    public Registration registerNew(PlatformEndpoints endpoints, String deploymentId, PlatformStatus status,
                                    UUID invitationId) throws RegistrationFailed {
        if (stored(endpoints.issuer(), endpoints.clientId()).isPresent()) {
            throw new RegistrationFailed("REGISTRATION_EXISTS", "the platform " + endpoints.issuer() + " already registered client "
                    + endpoints.clientId() + "; only the operator can change it");
        }
        if (invitationId != null) {
            invitations.redeem(invitationId);
        }
        Platform platform = new Platform(endpoints.issuer(), endpoints.clientId(), endpoints.name(),
                endpoints.authLoginUrl(), endpoints.tokenUrl(), endpoints.jwksUrl());
        platform.admitAs(status, invitationId);
        platform.replaceFrameOrigins(endpoints.frameOrigins());
        em.persist(platform);
        addDeployment(platform, deploymentId);
        return remember(platform);
    }

    /** The operator lets a pending platform's users in; on this node at once, on others within seconds. */
    @Transactional
    public Optional<Registration> approve(PlatformId id) {
        Platform platform = em.find(Platform.class, id.value());
        if (platform == null) {
            return Optional.empty();
        }
        platform.approve();
        return Optional.of(remember(platform));
    }

    private Optional<Platform> stored(String issuer, String clientId) {
        return em.createQuery("select p from Platform p where p.issuer = :iss and p.clientId = :cid", Platform.class)
                .setParameter("iss", issuer).setParameter("cid", clientId)
                .getResultStream().findFirst();
    }

    private void addDeployment(Platform platform, String deploymentId) {
        if (deploymentId != null && !deploymentId.isBlank()
                && !deploymentIdsOf(platform).contains(deploymentId.strip())) {
            em.persist(new Deployment(platform, deploymentId));
        }
    }

    private Registration remember(Platform platform) {
        em.flush();
        Registration registration = Registration.of(platform, new HashSet<>(deploymentIdsOf(platform)));
        Key key = new Key(platform.getIssuer(), platform.getClientId());
        snapshots.remove(key);
        changed(key);
        return registration;
    }

    /**
     * Every node's snapshot of this registration is stale once the change is committed (this node's too: its
     * next launch reads what was committed).
     */
    private void changed(Key key) {
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        markers.invalidate(key.marker());
                    }
                }
            });
        } else {
            markers.invalidate(key.marker());
        }
    }
}
