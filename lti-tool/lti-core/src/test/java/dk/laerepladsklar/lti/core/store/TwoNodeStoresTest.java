package dk.laerepladsklar.lti.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import dk.laerepladsklar.lti.core.login.PendingLogin;
import dk.laerepladsklar.lti.core.login.PendingLogins;
import dk.laerepladsklar.lti.core.registration.Registration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two real members of a cluster in one JVM: two Infinispan cache managers over JGroups on TCP on loopback (static
 * members, no multicast), with the caches configured as bin/wildfly/caches-cluster.cli configures them on a node
 * (replicated synchronously; the snapshot markers as an invalidation cache). What one node does, the other sees.
 */
class TwoNodeStoresTest {

    /** Ports of this part's own range, away from any WildFly's. */
    private static final int PORT_1 = 8651;
    private static final int PORT_2 = 8652;

    private static DefaultCacheManager node1;
    private static DefaultCacheManager node2;
    private static Path configs;

    @BeforeAll
    static void startTwoMembers() throws IOException {
        configs = Files.createTempDirectory("lpk-jgroups");
        node1 = member("node1", PORT_1);
        node2 = member("node2", PORT_2);
        for (DefaultCacheManager node : List.of(node1, node2)) {
            for (String name : List.of(SharedStores.PENDING_LOGINS)) {
                node.defineConfiguration(name, new ConfigurationBuilder().clustering().cacheMode(CacheMode.REPL_SYNC)
                        .memory().maxCount(10_000).expiration().lifespan(15, TimeUnit.MINUTES).build());
            }
            node.defineConfiguration(SharedStores.SNAPSHOTS, new ConfigurationBuilder()
                    .clustering().cacheMode(CacheMode.INVALIDATION_SYNC).memory().maxCount(10_000).build());
        }
        // Both caches started on both members before the first write.
        for (String name : List.of(SharedStores.PENDING_LOGINS, SharedStores.SNAPSHOTS)) {
            node1.getCache(name);
            node2.getCache(name);
        }
        assertEquals(2, node1.getMembers().size(), "both members in one view");
    }

    @AfterAll
    static void stop() throws IOException {
        if (node2 != null) {
            node2.stop();
        }
        if (node1 != null) {
            node1.stop();
        }
        try (var files = Files.list(configs)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(configs);
    }

    @Test
    void aLoginStartedOnOneNodeCompletesOnTheOtherAndOnlyThere() {
        PendingLogins logins1 = logins(node1);
        PendingLogins logins2 = logins(node2);
        PendingLogin login = logins1.start(school(), "lti_storage");

        assertEquals(login, logins2.peek(login.state()).orElseThrow());
        assertEquals(login, logins2.consume(login.state()).orElseThrow(), "completed on node 2");
        assertTrue(logins1.consume(login.state()).isEmpty(), "gone on node 1");
        assertTrue(logins1.wasSpent(login.state()), "and known there as a replay");
    }

    @Test
    void ofLaunchesRacingOnBothNodesWithOneStateExactlyOneWins() throws Exception {
        PendingLogins logins1 = logins(node1);
        PendingLogins logins2 = logins(node2);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                PendingLogin login = logins1.start(school(), null);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> tries = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    PendingLogins node = i % 2 == 0 ? logins1 : logins2;
                    tries.add(threads.submit(() -> {
                        go.await();
                        return node.consume(login.state()).isPresent();
                    }));
                }
                go.countDown();
                int won = 0;
                for (Future<Boolean> attempt : tries) {
                    won += attempt.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, won, "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aMarkerNotedOnOneNodeStaysThereAndAChangeOnAnyNodeDropsItOnBoth() {
        SharedStore markers1 = stores(node1).store(SharedStores.SNAPSHOTS);
        SharedStore markers2 = stores(node2).store(SharedStores.SNAPSHOTS);
        String key = "placements:" + UUID.randomUUID();
        markers1.putLocally(key, "1");
        markers2.putLocally(key, "7");
        assertEquals("1", markers1.get(key), "noting on node 2 did not touch node 1's marker");
        assertEquals("7", markers2.get(key));

        markers2.invalidate(key);
        assertNull(markers1.get(key), "a change on node 2 makes node 1 read the database again");
        assertNull(markers2.get(key));
    }

    private static PendingLogins logins(DefaultCacheManager node) {
        PendingLogins logins = new PendingLogins();
        logins.useShared(stores(node));
        return logins;
    }

    private static SharedStores stores(DefaultCacheManager node) {
        return name -> new InfinispanStore(node.getCache(name));
    }

    private static Registration school() {
        return new Registration(new PlatformId(UUID.fromString("00000000-0000-0000-0000-0000000000aa")),
                "https://moodle.skole.dk", "client", "Skolen", "https://moodle.skole.dk/auth", "https://moodle.skole.dk/token",
                "https://moodle.skole.dk/certs", Set.of("1"), List.of(), Instant.now());
    }

    private static DefaultCacheManager member(String name, int port) throws IOException {
        Path stack = configs.resolve(name + ".xml");
        Files.writeString(stack, """
                <config xmlns="urn:org:jgroups">
                    <TCP bind_addr="127.0.0.1" bind_port="%d" port_range="0"/>
                    <TCPPING initial_hosts="127.0.0.1[%d],127.0.0.1[%d]" port_range="0"/>
                    <MERGE3/>
                    <FD_SOCK2/>
                    <FD_ALL3/>
                    <VERIFY_SUSPECT2/>
                    <pbcast.NAKACK2 use_mcast_xmit="false"/>
                    <UNICAST3/>
                    <pbcast.STABLE/>
                    <pbcast.GMS join_timeout="%d"/>
                    <MFC/>
                    <FRAG4/>
                </config>
                """.formatted(port, PORT_1, PORT_2, Duration.ofSeconds(3).toMillis()));
        GlobalConfigurationBuilder global = GlobalConfigurationBuilder.defaultClusteredBuilder();
        global.transport().clusterName("lpk-stores-test").nodeName(name).addProperty("configurationFile", stack.toString());
        return new DefaultCacheManager(global.build());
    }
}
