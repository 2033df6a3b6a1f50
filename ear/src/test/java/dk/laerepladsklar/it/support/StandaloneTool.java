package dk.laerepladsklar.it.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The tool as an operator runs it on one server, outside Arquillian: WildFly's {@code standalone.xml} (PostgreSQL) from
 * the build, a server base directory of its own, the installation's settings in the environment
 * ({@code LPK_DB_URL}, {@code LPK_MEDIA_DIR}, {@code LPK_KEY_ENCRYPTION_KEY}), and the EAR deployed through the
 * management CLI once the server is up. For tests that stop an installation and start another one on other data.
 */
public final class StandaloneTool implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private StandaloneTool(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts WildFly on a fresh base directory {@code base}, deploys the EAR and waits until the tool answers.
     *
     * @param environment the installation's settings ({@code LPK_*})
     */
    public static StandaloneTool start(Path base, int portOffset, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path wildfly = Path.of(System.getProperty("lpk.wildfly.home"));
        deleteTree(base);
        Files.createDirectories(base.resolve("deployments"));
        copyTree(wildfly.resolve("standalone/configuration"), base.resolve("configuration"));
        Path log = base.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder("bash", wildfly.resolve("bin/standalone.sh").toString(),
                "-c", "standalone.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djboss.bind.address=127.0.0.1",
                "-Djboss.bind.address.management=127.0.0.1",
                "-Dlpk.demo=true",
                "-Dlpk.open-registration=true",
                "-Dlpk.admin-token=it-admin-token")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(environment);
        String javaHome = System.getProperty("lpk.test.java-home", System.getProperty("java.home"));
        env.put("JAVA_HOME", javaHome);
        env.put("JAVA_OPTS", "-Xms128m -Xmx768m -XX:+UseSerialGC -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true");
        StandaloneTool tool = new StandaloneTool(builder.start(), 8080 + portOffset, log);
        try {
            tool.awaitLog("WFLYSRV0025", Duration.ofSeconds(180));
            tool.deploy(wildfly, javaHome, 9990 + portOffset);
            tool.awaitTool(Duration.ofSeconds(120));
        } catch (IOException | RuntimeException | InterruptedException | Error e) {
            tool.close();
            throw e;
        }
        return tool;
    }

    public int port() {
        return port;
    }

    public ToolUnderTest address() {
        return ToolUnderTest.onPort(port);
    }

    private void deploy(Path wildfly, String javaHome, int managementPort) throws IOException, InterruptedException {
        Path ear = Path.of(System.getProperty("lpk.ear"));
        ProcessBuilder cli = new ProcessBuilder("bash", wildfly.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=127.0.0.1:" + managementPort, "--command=deploy " + ear + " --name=laerepladsklar.ear")
                .redirectErrorStream(true);
        cli.environment().put("JAVA_HOME", javaHome);
        Process deploying = cli.start();
        String output = new String(deploying.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!deploying.waitFor(5, TimeUnit.MINUTES) || deploying.exitValue() != 0) {
            throw new IllegalStateException("The EAR did not deploy: " + output + "; see " + log);
        }
    }

    private void awaitLog(String marker, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("WildFly ended early; see " + log);
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(marker)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("WildFly did not start within " + timeout + "; see " + log);
    }

    private void awaitTool(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (page.statusCode() == 200 && page.body().contains("Lærepladsklar")) {
                    return;
                }
            } catch (IOException notYet) {
                // the deployment is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The tool did not answer within " + timeout + "; see " + log);
    }

    /**
     * Stops the server and waits until it is gone, so its port is free again: TERM to the JVM (WildFly shuts down in
     * order), and standalone.sh, which runs it in the foreground, ends with it. KILL after 60 s.
     */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public String toString() {
        return "WildFly on port " + port + " (log " + log + ")";
    }

    /** The server's console log, for a failure message. */
    public File log() {
        return log.toFile();
    }
}
