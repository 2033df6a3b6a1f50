package dk.laerepladsklar.it.support;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A region started exactly as an operator starts one, {@code bin/cluster}: the balancer and two nodes on loopback,
 * on the test's own PostgreSQL, under {@code ear/target/cluster-it}. Knows each node's process, so a test can kill
 * one as a power cut would ({@code kill -9}).
 */
public final class Cluster implements AutoCloseable {

    private final Process process;
    private final int offset;
    private final File dir;
    private final File log;

    private Cluster(Process process, int offset, File dir, File log) {
        this.process = process;
        this.offset = offset;
        this.dir = dir;
        this.log = log;
    }

    /**
     * Starts {@code bin/cluster} (no build) with every port moved by {@code offset} and the database at
     * {@code dbUrl}, and waits until it says the balancer serves the tool through both nodes.
     */
    public static Cluster start(int offset, String dbUrl, Duration timeout) throws IOException, InterruptedException {
        File root = new File(System.getProperty("lpk.project.root", "..")).getCanonicalFile();
        File target = new File(root, "ear/target");
        File dir = new File(target, "cluster-it");
        File log = new File(target, "cluster-it.log");
        ProcessBuilder builder = new ProcessBuilder("bash", new File(root, "bin/cluster").getPath())
                .directory(root)
                .redirectErrorStream(true)
                .redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("LPK_SKIP_BUILD", "1");
        env.put("LPK_CLUSTER_OFFSET", String.valueOf(offset));
        env.put("LPK_CLUSTER_DIR", dir.getPath());
        env.put("LPK_MEDIA_DIR", new File(dir, "media").getPath());
        env.put("LPK_DB_URL", dbUrl);
        env.put("LPK_DB_USER", "postgres");
        env.put("LPK_DB_PASSWORD", "postgres");
        // Dev mode: the test's platform is plain http on loopback. The demo LMS is on but not used (its state would
        // be one node's).
        env.put("LPK_DEMO", "true");
        env.put("LPK_ADMIN_TOKEN", "cluster-it-admin-token");
        env.put("JAVA_HOME", System.getProperty("lpk.test.java-home", System.getProperty("java.home")));
        Cluster cluster = new Cluster(builder.start(), offset, dir, log);
        cluster.awaitRunning(timeout);
        return cluster;
    }

    private void awaitRunning(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
            if (output.contains("region is running")) {
                return;
            }
            if (!process.isAlive()) {
                stopByPidFiles(); // servers it started may outlive it; they would hold the ports of the next run
                throw new IllegalStateException("bin/cluster ended early (exit " + process.exitValue() + "); see " + log
                        + ":\n" + output);
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("bin/cluster did not report a running region within " + timeout + "; see " + log
                + " and the logs under " + dir);
    }

    /** The balancer's address, as a deployment URL (for {@link LtiBrowser#at}). */
    public URL balancer() {
        try {
            return new URL("http://127.0.0.1:" + (8080 + offset) + "/");
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tool's base address through the balancer, as the other support classes spell it. */
    public String balancerBase() {
        return ToolUnderTest.at(balancer()).toolBase();
    }

    /** The server log of a node ("node1", "node2"). */
    public File serverLog(String node) {
        return new File(dir, node + "/log/server.log");
    }

    /** Kills a node's JVM with SIGKILL, as a power cut would: no shutdown hook, no goodbye to the cluster. */
    public void kill(String node) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(new File(dir, node + ".pid").toPath()).strip());
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(node + " is not running"));
        if (!handle.destroyForcibly()) {
            throw new IllegalStateException("Could not kill " + node + " (pid " + pid + ")");
        }
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(node + " (pid " + pid + ") did not die", e);
        }
    }

    /** Stops the region as Ctrl+C does (bin/cluster stops the balancer and the nodes it started). */
    @Override
    public void close() {
        java.util.List<ProcessHandle> started = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        stopByPidFiles();
    }

    /** {@code bin/cluster stop} on this cluster's directory: stops whatever its pid files name, also after it ended. */
    private void stopByPidFiles() {
        try {
            File root = new File(System.getProperty("lpk.project.root", "..")).getCanonicalFile();
            ProcessBuilder stop = new ProcessBuilder("bash", new File(root, "bin/cluster").getPath(), "stop")
                    .directory(root).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            stop.environment().put("LPK_CLUSTER_DIR", dir.getPath());
            stop.environment().put("LPK_CLUSTER_OFFSET", String.valueOf(offset));
            Process stopping = stop.start();
            if (!stopping.waitFor(120, TimeUnit.SECONDS)) {
                stopping.destroyForcibly();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
