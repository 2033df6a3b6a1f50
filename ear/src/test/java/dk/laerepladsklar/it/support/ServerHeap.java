package dk.laerepladsklar.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of the WildFly the tests run on, read with {@code jcmd <pid> GC.heap_info} (the JDK's own diagnostic
 * command; the server is found by its port offset on its command line).
 */
public final class ServerHeap {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private final long pid;
    private final Path jcmd;

    private ServerHeap(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    public static ServerHeap find() {
        String offset = "-Djboss.socket.binding.port-offset=" + System.getProperty("lpk.test.port-offset", "100");
        Optional<ProcessHandle> server = ProcessHandle.allProcesses().filter(p -> p.info().arguments()
                .map(args -> String.join(" ", args)).filter(cmd -> cmd.contains("jboss-modules.jar") && cmd.contains(offset))
                .isPresent()).findFirst();
        long pid = server.orElseThrow(() -> new AssertionError("no WildFly with " + offset)).pid();
        String javaHome = System.getProperty("lpk.test.java-home", System.getProperty("java.home"));
        return new ServerHeap(pid, Path.of(javaHome, "bin", "jcmd"));
    }

    /** Heap in use now, in MB (live objects and garbage not yet collected). */
    public double usedMb() throws IOException, InterruptedException {
        String out = run("GC.heap_info");
        Matcher m = USED.matcher(out);
        long usedK = 0;
        boolean any = false;
        while (m.find()) {
            usedK += Long.parseLong(m.group(2));
            any = true;
        }
        if (!any) {
            throw new AssertionError("no heap figures in: " + out);
        }
        return usedK / 1024.0;
    }

    /** Heap in use after a full collection: what the server really holds, in MB. */
    public double liveMb() throws IOException, InterruptedException {
        run("GC.run");
        return usedMb();
    }

    /** The heap's limit, in MB. */
    public double maxMb() throws IOException, InterruptedException {
        String out = run("VM.flags");
        Matcher m = Pattern.compile("MaxHeapSize=(\\d+)").matcher(out);
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 / 1024.0 : -1;
    }

    private String run(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jcmd did not answer");
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
