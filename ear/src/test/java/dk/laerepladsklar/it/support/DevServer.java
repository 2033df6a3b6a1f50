package dk.laerepladsklar.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tool started exactly as command 1 starts it ({@code bin/run}, H2 database, demo LMS on), on its own
 * port and data folder, so the run path is tested too.
 */
public final class DevServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final File log;

    private DevServer(Process process, int port, File log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static DevServer start(int portOffset) throws IOException, InterruptedException {
        return start(portOffset, "smoke", Map.of());
    }

    /**
     * As {@link #start(int)}, with folders and log of its own ({@code ear/target/<name>-…}) and more environment for
     * bin/run (e.g. {@code LPK_LOG_FORMAT}).
     */
    public static DevServer start(int portOffset, String name, Map<String, String> environment)
            throws IOException, InterruptedException {
        File root = new File(System.getProperty("lpk.project.root", "..")).getCanonicalFile();
        File target = new File(root, "ear/target");
        File log = new File(target, name + "-server.log");
        ProcessBuilder builder = new ProcessBuilder("bash", new File(root, "bin/run").getPath())
                .directory(root)
                .redirectErrorStream(true)
                .redirectOutput(log);
        Map<String, String> env = builder.environment();
        env.put("LPK_SKIP_BUILD", "1");
        env.put("LPK_PORT_OFFSET", String.valueOf(portOffset));
        // A fresh database each run, as on a new machine: a database left by an earlier build (a migration that failed
        // there and has been fixed since) would fail Flyway's validation and say nothing about this build.
        File data = new File(target, name + "-data");
        deleteTree(data.toPath());
        env.put("LPK_DATA_DIR", data.getPath());
        env.put("LPK_SERVER_BASE", new File(target, name + "-base").getPath());
        env.put("JAVA_HOME", System.getProperty("lpk.test.java-home", System.getProperty("java.home")));
        env.putAll(environment);
        DevServer server = new DevServer(builder.start(), 8080 + portOffset, log);
        server.awaitStarted(Duration.ofSeconds(180));
        return server;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public int port() {
        return port;
    }

    /** What the server wrote to its console. */
    public File log() {
        return log;
    }

    /** The server's JVM (bin/run's shell starts it), to signal it as a service manager would. */
    public ProcessHandle serverJvm() {
        return process.descendants().filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no server JVM under bin/run"));
    }

    private void awaitStarted(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/run ended early; see " + log);
            }
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("Lærepladsklar")) {
                    return;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The tool did not start within " + timeout + "; see " + log);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
