package dk.laerepladsklar.bench;

import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Drives full LTI launches through the demo LMS, as many fresh browsers would, and prints throughput,
 * latency, errors and the server's memory and CPU per launch.
 *
 * <p>Each launch is a new browser (a fresh cookie jar) and a different student ({@code student-N}, one number
 * per launch) in one of several courses ({@code course-1 … course-K}): the LMS's launch step, the tool's
 * login initiation, the LMS's auth endpoint (which signs the id_token), the tool's launch endpoint and the
 * rendered landing page. A launch counts as an error unless it ends on a 200 page at
 * {@code /student/home.xhtml?lc=<launch context>} that shows the student's course title and name.
 *
 * <p>Phases: the first launches after boot (JIT cold, reported on their own), a warm-up, then measured runs at
 * each concurrency. Every phase is bounded in launches and in time; the run stops by itself. Only loopback
 * addresses are accepted. Run it with {@code bin/bench}; {@code --help} lists the options.
 */
public final class LaunchBenchmark {

    private static final String USAGE = """
            Usage: bin/bench [options]        (or: java -jar bench/target/lpk-bench.jar [options])
              --url URL               the tool (default http://localhost:8080); loopback only
              --lms URL               the demo LMS (default http://127.0.0.1:<port of --url>/api/demo-lms)
              --courses N             courses to spread the launches over (default 30)
              --first-user N          number of the first student (default 1); each launch uses the next one
              --cold N                first launches after boot, reported separately (default 2000; 0 = skip)
              --cold-concurrency N    concurrency of the cold phase (default 8)
              --warmup N              warm-up launches, not reported in the table (default 10000; 0 = skip)
              --warmup-concurrency N  concurrency of the warm-up (default 32)
              --launches N            launches per measured run (default 5000)
              --concurrency LIST      measured runs, comma separated (default 1,8,32)
              --clients N             HttpClient instances shared round-robin by the workers (default 1)
              --server-pid PID[,PID]  the WildFly java process (default: the process listening on the port); behind
                                      a balancer, the nodes' processes: their CPU and memory are summed
              --jfr FILE              after the measured runs, one more run at the highest concurrency with a
                                      JFR recording on the server (jcmd JFR.start/stop), written to FILE
              --jfc SETTINGS          JFR settings: default, profile or a .jfc file (default: default; the
                                      'profile' settings were seen to quadruple the server's CPU per launch)
              --max-seconds N         time bound of each phase (default 600)
              --max-errors N          a phase stops after this many errors (default 100)
            """;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Options options;
    private final List<DemoLaunchClient> clients = new ArrayList<>();
    private final ServerProcess server;
    private final AtomicLong nextUser;

    private LaunchBenchmark(Options options) {
        this.options = options;
        for (int i = 0; i < options.clients; i++) {
            HttpClient http = DemoLaunchClient.newHttpClient();
            clients.add(new DemoLaunchClient(http, options.lms));
        }
        this.server = ServerProcess.find(options);
        this.nextUser = new AtomicLong(options.firstUser);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(64);
            return;
        }
        if (options == null) {
            System.out.print(USAGE);
            return;
        }
        int errors = new LaunchBenchmark(options).run();
        System.exit(errors == 0 ? 0 : 2);
    }

    private int run() throws Exception {
        printHeader();
        List<PhaseResult> table = new ArrayList<>();
        int errors = 0;
        if (options.cold > 0) {
            PhaseResult cold = phase("cold (first after boot)", options.coldConcurrency, options.cold);
            table.add(cold);
            errors += cold.errors;
            if (cold.aborted) {
                return finish(table, errors);
            }
        }
        if (options.warmup > 0) {
            PhaseResult warm = phase("warm-up", options.warmupConcurrency, options.warmup);
            table.add(warm);
            errors += warm.errors;
            if (warm.aborted) {
                return finish(table, errors);
            }
        }
        for (int c : options.concurrency) {
            PhaseResult measured = phase("measured", c, options.launches);
            table.add(measured);
            errors += measured.errors;
            if (measured.aborted) {
                return finish(table, errors);
            }
        }
        if (options.jfr != null) {
            int c = Arrays.stream(options.concurrency).max().orElse(32);
            if (server.jfrStart(options.jfr, options.jfc)) {
                try {
                    PhaseResult profiled = phase("profiled (JFR on)", c, options.launches);
                    table.add(profiled);
                    errors += profiled.errors;
                } finally {
                    server.jfrStop();
                }
            }
        }
        return finish(table, errors);
    }

    private void printHeader() {
        System.out.printf("Lärepladsklar launch benchmark, %s%n", LocalDateTime.now().withNano(0));
        System.out.printf("tool %s, demo LMS %s, %d courses, students from student-%d, %d HttpClient(s), HTTP/1.1%n",
                options.url, options.lms, options.courses, options.firstUser, options.clients);
        System.out.printf("machine: %d CPUs, load average %s; driver JVM %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), Proc.loadAverage(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        if (server.pid > 0) {
            System.out.printf("server: %s, up %.0f s, CPU used so far %.1f s, RSS %d MiB%n", server.describe(),
                    server.ageSeconds(), server.cpuSeconds(), server.rssKib() >> 10);
        } else {
            System.out.println("server: process not found (give --server-pid); RSS and server CPU will not be shown");
        }
        System.out.println();
    }

    private int finish(List<PhaseResult> table, int errors) {
        System.out.println();
        System.out.println("Latency is the whole launch (5 HTTP exchanges), in ms. CPU is ms of CPU time per launch.");
        System.out.println("'other CPU' is what the rest of the machine used during the phase (noise from other work), in % of one core.");
        System.out.println();
        String header = String.format(Locale.ROOT, "%-24s %4s %7s %6s %9s %8s %8s %8s %8s %9s %9s %9s %9s %9s",
                "phase", "c", "launches", "errors", "launch/s", "p50", "p95", "p99", "max", "srv CPU", "drv CPU",
                "other%", "RSS MiB", "peak MiB");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        for (PhaseResult r : table) {
            System.out.println(r.row());
        }
        System.out.println();
        System.out.println("Per step, p50 / p99 in ms:");
        for (PhaseResult r : table) {
            System.out.printf("  %-24s c=%-3d %s%n", r.name, r.concurrency, r.steps());
        }
        if (server.pid > 0) {
            System.out.println();
            System.out.println("Server CPU by thread (request workers, I/O threads, garbage collector, JIT compilers, other):");
            for (PhaseResult r : table) {
                System.out.printf("  %-24s c=%-3d %s%n", r.name, r.concurrency, r.threads());
            }
        }
        if (errors > 0) {
            System.out.println();
            System.out.println("Errors (first of each kind):");
            firstErrors.forEach((kind, example) -> System.out.printf("  %6d x %s%n    e.g. %s%n",
                    errorCounts.get(kind).get(), kind, example));
        }
        System.out.printf("%nDone: %d errors.%n", errors);
        return errors;
    }

    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errorCounts = new ConcurrentHashMap<>();

    private PhaseResult phase(String name, int concurrency, int count) throws InterruptedException {
        long[] latency = new long[count];
        int[][] stepMicros = new int[DemoLaunchClient.STEPS.length][count];
        boolean[] done = new boolean[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.maxSeconds);
        long firstUser = nextUser.getAndAdd(count);

        Snapshot before = Snapshot.take(server);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            Thread worker = new Thread(() -> {
                long[] ends = new long[DemoLaunchClient.STEPS.length];
                while (System.nanoTime() < deadline && errors.get() < options.maxErrors) {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return;
                    }
                    long user = firstUser + i;
                    int course = (int) (user % options.courses) + 1;
                    Arrays.fill(ends, 0);
                    long start = System.nanoTime();
                    String problem = launchOnce(clients.get(i % clients.size()), course, user, ends);
                    long end = System.nanoTime();
                    latency[i] = end - start;
                    long previous = start;
                    for (int s = 0; s < ends.length && ends[s] != 0; s++) {
                        stepMicros[s][i] = (int) ((ends[s] - previous) / 1_000);
                        previous = ends[s];
                    }
                    done[i] = true;
                    if (problem != null) {
                        errors.incrementAndGet();
                        String kind = problem.length() > 60 ? problem.substring(0, 60) : problem;
                        firstErrors.putIfAbsent(kind, problem + " (course-" + course + ", student-" + user + ")");
                        errorCounts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }, "launch-" + w);
            worker.setDaemon(true);
            workers.add(worker);
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            long left = deadline - System.nanoTime() + TimeUnit.SECONDS.toNanos(35); // the request timeout is 30 s
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
        Snapshot after = Snapshot.take(server);

        int completed = 0;
        for (boolean d : done) {
            completed += d ? 1 : 0;
        }
        long[] finished = new long[completed];
        int[][] steps = new int[stepMicros.length][completed];
        for (int i = 0, j = 0; i < count; i++) {
            if (done[i]) {
                finished[j] = latency[i];
                for (int s = 0; s < stepMicros.length; s++) {
                    steps[s][j] = stepMicros[s][i];
                }
                j++;
            }
        }
        boolean aborted = errors.get() >= options.maxErrors || completed < count;
        PhaseResult result = new PhaseResult(name, concurrency, completed, errors.get(), finished, steps, before, after,
                aborted);
        System.out.printf("%s  %s%s%n", LocalDateTime.now().format(CLOCK), result.row(),
                aborted ? "   << stopped early (" + (completed < count ? "time bound" : "too many errors") + ")" : "");
        return result;
    }

    /** @return null if the launch landed where it should, else what went wrong */
    private String launchOnce(DemoLaunchClient client, int course, long user, long[] ends) {
        String courseId = "course-" + course;
        String userId = "student-" + user;
        try {
            LaunchResult result = client.timedLaunch(new CookieJar(), courseId, userId, "da", true, ends);
            if (result.status() != 200) {
                return "landing status " + result.status() + " (" + snippet(result.body()) + ")";
            }
            // The landing page carries the launch's context id (?lc=...).
            if (result.landingUrl() == null || !URI.create(result.landingUrl()).getPath().endsWith("/student/home.xhtml")
                    || !result.landingUrl().contains("lc=")) {
                return "landed on " + result.landingUrl();
            }
            if (!shows(result.body(), "Hold " + course)) {
                return "landing page lacks the course title 'Hold " + course + "'";
            }
            if (!shows(result.body(), "Elev " + user)) {
                return "landing page lacks the student's name 'Elev " + user + "'";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + snippet(String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The text occurs, not followed by another digit ("Hold 1" must not match "Hold 12"). */
    private static boolean shows(String body, String text) {
        return body != null && Pattern.compile(Pattern.quote(text) + "(?![0-9])").matcher(body).find();
    }

    private static String snippet(String text) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    /** What the server, the driver and the machine had used at one moment. */
    private record Snapshot(long nanos, double serverCpuSeconds, long driverCpuNanos, double machineBusySeconds,
                            long rssKib, long peakRssKib, String load, Map<String, Long> threadTicks) {

        static Snapshot take(ServerProcess server) {
            return new Snapshot(System.nanoTime(), server.cpuSeconds(), driverCpuNow(), Proc.machineBusySeconds(),
                    server.rssKib(), server.peakRssKib(), Proc.loadAverage(), server.threadTicks());
        }

        private static long driverCpuNow() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }
    }

    private record PhaseResult(String name, int concurrency, int launches, int errors, long[] latencyNanos,
                               int[][] stepMicros, Snapshot before, Snapshot after, boolean aborted) {

        String row() {
            long[] sorted = latencyNanos.clone();
            Arrays.sort(sorted);
            double seconds = (after.nanos - before.nanos) / 1e9;
            double serverCpu = after.serverCpuSeconds - before.serverCpuSeconds;
            double driverCpu = (after.driverCpuNanos - before.driverCpuNanos) / 1e9;
            double machine = after.machineBusySeconds - before.machineBusySeconds;
            double other = Math.max(0, machine - serverCpu - driverCpu);
            int n = Math.max(1, launches);
            return String.format(Locale.ROOT, "%-24s %4d %7d %6d %9.1f %8.1f %8.1f %8.1f %8.1f %9.2f %9.2f %9.0f %9s %9s",
                    name, concurrency, launches, errors, launches / seconds,
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]),
                    before.rssKib < 0 ? Double.NaN : serverCpu * 1000 / n, driverCpu * 1000 / n,
                    other * 100 / seconds,
                    after.rssKib < 0 ? "-" : String.valueOf(after.rssKib >> 10),
                    after.peakRssKib < 0 ? "-" : String.valueOf(after.peakRssKib >> 10));
        }

        String threads() {
            Map<String, Long> groups = new LinkedHashMap<>();
            for (String group : List.of("workers", "I/O", "GC", "JIT", "other")) {
                groups.put(group, 0L);
            }
            long total = 0;
            for (Map.Entry<String, Long> t : after.threadTicks.entrySet()) {
                long used = t.getValue() - before.threadTicks.getOrDefault(t.getKey(), 0L);
                String name = t.getKey().substring(t.getKey().indexOf(' ') + 1);
                String group = name.startsWith("default task") ? "workers"
                        : name.startsWith("default I/O") ? "I/O"
                        : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.startsWith("VM Thread")
                        || name.startsWith("ParGC") || name.startsWith("Reference Hand") ? "GC"
                        : name.contains("CompilerThre") || name.startsWith("Sweeper") ? "JIT" : "other";
                groups.merge(group, used, Long::sum);
                total += used;
            }
            StringBuilder text = new StringBuilder();
            for (Map.Entry<String, Long> g : groups.entrySet()) {
                text.append(String.format(Locale.ROOT, "%s %.0f%%  ", g.getKey(), total == 0 ? 0.0 : 100.0 * g.getValue() / total));
            }
            return text.toString().strip();
        }

        String steps() {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < stepMicros.length; s++) {
                int[] sorted = stepMicros[s].clone();
                Arrays.sort(sorted);
                text.append(String.format(Locale.ROOT, "%s %.1f/%.1f  ", DemoLaunchClient.STEPS[s],
                        percentileMicros(sorted, 50) / 1000.0, percentileMicros(sorted, 99) / 1000.0));
            }
            return text.toString().strip();
        }

        private static long percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        private static int percentileMicros(int[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** The WildFly java process, read through /proc. A pid of -1 means it was not found. */
    /**
     * The server's JVM, or the JVMs of all nodes of a cluster behind a balancer ({@code --server-pid 123,456}): CPU and
     * memory are their sums, so the cost per launch of one node and of two compare directly.
     */
    private static final class ServerProcess {

        final long pid;
        final long[] pids;

        private ServerProcess(long... pids) {
            this.pids = pids;
            this.pid = pids.length == 0 ? -1 : pids[0];
        }

        static ServerProcess find(Options options) {
            if (options.serverPids.length > 0) {
                return new ServerProcess(options.serverPids);
            }
            int port = options.url.getPort() > 0 ? options.url.getPort() : 80;
            Optional<Long> byPort = Proc.pidListeningOn(port);
            if (byPort.isPresent()) {
                return new ServerProcess(byPort.get());
            }
            return new ServerProcess(Proc.wildflyWithPortOffset(port - 8080).orElse(-1L));
        }

        String describe() {
            return pids.length == 1 ? "pid " + pid : "pids " + Arrays.toString(pids) + " (summed)";
        }

        double cpuSeconds() {
            double sum = 0;
            for (long p : pids) {
                long[] ticks = p > 0 ? Proc.cpuTicks(p) : null;
                if (ticks == null) {
                    return Double.NaN;
                }
                sum += (ticks[0] + ticks[1]) / (double) Proc.CLOCK_TICKS;
            }
            return sum;
        }

        double ageSeconds() {
            long[] ticks = Proc.cpuTicks(pid);
            return ticks == null ? Double.NaN : Proc.uptimeSeconds() - ticks[2] / (double) Proc.CLOCK_TICKS;
        }

        long rssKib() {
            return sum("VmRSS:");
        }

        long peakRssKib() {
            return sum("VmHWM:");
        }

        private long sum(String field) {
            long sum = 0;
            for (long p : pids) {
                long kib = p > 0 ? Proc.statusKib(p, field) : -1;
                if (kib < 0) {
                    return -1;
                }
                sum += kib;
            }
            return sum;
        }

        /** CPU ticks (user + system) per thread, keyed by "tid name" (threads of all the processes). */
        Map<String, Long> threadTicks() {
            Map<String, Long> ticks = new LinkedHashMap<>();
            for (long p : pids) {
                if (p <= 0) {
                    continue;
                }
                try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(p), "task"))) {
                    for (Path task : tasks) {
                        try {
                            String stat = Files.readString(task.resolve("stat"));
                            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks.put(task.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                        } catch (IOException | RuntimeException e) {
                            // the thread ended meanwhile
                        }
                    }
                } catch (IOException e) {
                    // the process is gone
                }
            }
            return ticks;
        }

        boolean jfrStart(Path file, String settings) {
            return jcmd("JFR.start", "name=lpk-bench", "settings=" + settings, "filename=" + file.toAbsolutePath());
        }

        void jfrStop() {
            jcmd("JFR.stop", "name=lpk-bench");
        }

        private boolean jcmd(String... command) {
            if (pid <= 0) {
                System.out.println("JFR: no server process known");
                return false;
            }
            List<String> line = new ArrayList<>();
            line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
            line.add(String.valueOf(pid));
            line.addAll(List.of(command));
            try {
                Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes()).strip();
                boolean ok = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
                System.out.printf("%s  jcmd %s: %s%n", LocalDateTime.now().format(CLOCK), String.join(" ", command),
                        snippet(out));
                return ok;
            } catch (IOException e) {
                System.out.println("JFR: jcmd failed: " + e.getMessage());
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** Small readers of Linux's /proc. */
    private static final class Proc {

        static final long CLOCK_TICKS = clockTicks();

        private Proc() {
        }

        private static long clockTicks() {
            try {
                Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
                String out = new String(getconf.getInputStream().readAllBytes()).strip();
                getconf.waitFor(5, TimeUnit.SECONDS);
                return Long.parseLong(out);
            } catch (IOException | NumberFormatException e) {
                return 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }

        /** utime, stime and starttime of a process, in clock ticks; null if it is gone. */
        static long[] cpuTicks(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields[0] is field 3 (state): utime is field 14, stime 15, starttime 22
                return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[19])};
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        static long statusKib(long pid, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                    if (line.startsWith(field)) {
                        return Long.parseLong(line.substring(field.length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone
            }
            return -1;
        }

        /** CPU time the whole machine spent not idle, in seconds. */
        static double machineBusySeconds() {
            try {
                String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long busy = 0;
                for (int i = 1; i < cpu.length && i <= 8; i++) { // user nice system idle iowait irq softirq steal
                    if (i != 4 && i != 5) {
                        busy += Long.parseLong(cpu[i]);
                    }
                }
                return busy / (double) CLOCK_TICKS;
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        static double uptimeSeconds() {
            try {
                return Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }

        static String loadAverage() {
            try {
                String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return parts[0] + " " + parts[1] + " " + parts[2];
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }

        /** The process with a listening TCP socket on this port (from /proc/net/tcp{,6} and /proc/PID/fd). */
        static Optional<Long> pidListeningOn(int port) {
            List<String> inodes = new ArrayList<>();
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                try {
                    for (String line : Files.readAllLines(Path.of(table))) {
                        String[] f = line.trim().split("\\s+");
                        if (f.length > 9 && f[1].contains(":") && "0A".equals(f[3])
                                && Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16) == port) {
                            inodes.add("socket:[" + f[9] + "]");
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // no such table
                }
            }
            if (inodes.isEmpty()) {
                return Optional.empty();
            }
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
                        for (Path fd : fds) {
                            try {
                                if (inodes.contains(Files.readSymbolicLink(fd).toString())) {
                                    return Optional.of(Long.parseLong(process.getFileName().toString()));
                                }
                            } catch (IOException e) {
                                // closed meanwhile
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // not ours to read, or gone
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        /** A WildFly started with this port offset (from the command lines), if exactly one. */
        static Optional<Long> wildflyWithPortOffset(int offset) {
            List<Long> found = new ArrayList<>();
            try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                for (Path process : processes) {
                    try {
                        String cmd = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
                        if (cmd.startsWith("java ") || cmd.contains("/java ")) {
                            if (cmd.contains("jboss.server.base.dir")
                                    && cmd.contains("-Djboss.socket.binding.port-offset=" + offset + " ")) {
                                found.add(Long.parseLong(process.getFileName().toString()));
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // gone
                    }
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }
    }

    /** The command line. */
    private static final class Options {
        URI url = URI.create("http://localhost:8080");
        String lms;
        int courses = 30;
        long firstUser = 1;
        int cold = 2000;
        int coldConcurrency = 8;
        int warmup = 10_000;
        int warmupConcurrency = 32;
        int launches = 5000;
        int[] concurrency = {1, 8, 32};
        int clients = 1;
        long[] serverPids = {};
        Path jfr;
        String jfc = "default";
        long maxSeconds = 600;
        int maxErrors = 100;

        /** @return null when help was asked for */
        static Options parse(String[] args) {
            Options o = new Options();
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if ("--help".equals(name) || "-h".equals(name)) {
                    return null;
                }
                if (!name.startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("Expected --option value, got " + name);
                }
                given.put(name.substring(2), args[++i]);
            }
            for (Map.Entry<String, String> e : given.entrySet()) {
                String v = e.getValue();
                switch (e.getKey()) {
                    case "url" -> o.url = URI.create(v.endsWith("/") ? v.substring(0, v.length() - 1) : v);
                    case "lms" -> o.lms = v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
                    case "courses" -> o.courses = positive(e.getKey(), v, 1_000_000);
                    case "first-user" -> o.firstUser = positive(e.getKey(), v, 9_000_000);
                    case "cold" -> o.cold = count(e.getKey(), v);
                    case "cold-concurrency" -> o.coldConcurrency = positive(e.getKey(), v, 1024);
                    case "warmup" -> o.warmup = count(e.getKey(), v);
                    case "warmup-concurrency" -> o.warmupConcurrency = positive(e.getKey(), v, 1024);
                    case "launches" -> o.launches = positive(e.getKey(), v, 1_000_000);
                    case "concurrency" -> o.concurrency = Arrays.stream(v.split(","))
                            .mapToInt(c -> positive(e.getKey(), c.strip(), 1024)).toArray();
                    case "clients" -> o.clients = positive(e.getKey(), v, 64);
                    case "server-pid" -> o.serverPids = Arrays.stream(v.split(","))
                            .mapToLong(p -> positive(e.getKey(), p.strip(), Integer.MAX_VALUE)).toArray();
                    case "jfr" -> o.jfr = Path.of(v);
                    case "jfc" -> o.jfc = v.endsWith(".jfc") ? Path.of(v).toAbsolutePath().toString() : v;
                    case "max-seconds" -> o.maxSeconds = positive(e.getKey(), v, 86_400);
                    case "max-errors" -> o.maxErrors = positive(e.getKey(), v, Integer.MAX_VALUE);
                    default -> throw new IllegalArgumentException("Unknown option --" + e.getKey());
                }
            }
            if (o.lms == null) {
                int port = o.url.getPort() > 0 ? o.url.getPort() : 80;
                o.lms = o.url.getScheme() + "://127.0.0.1:" + port + "/api/demo-lms";
            }
            requireLoopback(o.url);
            requireLoopback(URI.create(o.lms));
            long users = (long) o.cold + o.warmup + (long) o.launches * (o.concurrency.length + (o.jfr == null ? 0 : 1));
            if (o.firstUser + users > 9_999_999) {
                throw new IllegalArgumentException("Too many launches: student numbers have at most 7 digits");
            }
            return o;
        }

        private static void requireLoopback(URI uri) {
            try {
                if (uri.getHost() == null || !"http".equals(uri.getScheme())
                        || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                    throw new IllegalArgumentException("Only http on loopback addresses is allowed: " + uri);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("Cannot resolve " + uri.getHost());
            }
        }

        private static int count(String name, String value) {
            int n = positiveOrZero(name, value);
            if (n > 1_000_000) {
                throw new IllegalArgumentException("--" + name + " is at most 1000000");
            }
            return n;
        }

        private static int positive(String name, String value, long max) {
            int n = positiveOrZero(name, value);
            if (n < 1 || n > max) {
                throw new IllegalArgumentException("--" + name + " must be between 1 and " + max);
            }
            return n;
        }

        private static int positiveOrZero(String name, String value) {
            try {
                int n = Integer.parseInt(value);
                if (n < 0) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " needs a number, got " + value);
            }
        }
    }
}
