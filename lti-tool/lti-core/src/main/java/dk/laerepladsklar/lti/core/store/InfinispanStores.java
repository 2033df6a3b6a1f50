package dk.laerepladsklar.lti.core.store;

import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.infinispan.Cache;

/**
 * The shared stores on the caches of the {@code lpk} container (bin/wildfly/caches-local.cli on one node,
 * caches-cluster.cli on a node of a cluster). Looking the caches up by JNDI is what makes the server start them
 * for this deployment; the WAR's manifest gives it the Infinispan modules.
 */
@ApplicationScoped
public class InfinispanStores implements SharedStores {

    private static final String CACHES = "java:jboss/infinispan/cache/lpk/";

    @Resource(lookup = CACHES + PENDING_LOGINS)
    Cache<String, String> pendingLogins;
    @Resource(lookup = CACHES + DEEP_LINKING)
    Cache<String, String> deepLinking;
    @Resource(lookup = CACHES + HANDOVER)
    Cache<String, String> handover;
    @Resource(lookup = CACHES + SNAPSHOTS)
    Cache<String, String> snapshots;

    private Map<String, SharedStore> stores;

    @PostConstruct
    void wrap() {
        stores = Map.of(PENDING_LOGINS, new InfinispanStore(pendingLogins),
                DEEP_LINKING, new InfinispanStore(deepLinking), HANDOVER, new InfinispanStore(handover),
                SNAPSHOTS, new InfinispanStore(snapshots));
    }

    @Override
    public SharedStore store(String name) {
        SharedStore store = stores.get(name);
        if (store == null) {
            throw new IllegalArgumentException("no shared store " + name);
        }
        return store;
    }
}
