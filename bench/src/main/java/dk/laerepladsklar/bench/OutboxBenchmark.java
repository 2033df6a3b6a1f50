package dk.laerepladsklar.bench;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The gradebook outbox under a regional project's load: a teacher per course places a teaching module with
 * Deep Linking, then every student launches it and works through the whole module (real JSF posts), which
 * puts one score per student in the outbox. The demo LMS's AGS is down meanwhile, so all scores pile up;
 * then it comes back, and the benchmark reports how long the outbox takes to drain and how many token
 * requests it made. Against a running server ({@code bin/run}); loopback only; bounded in count and time.
 *
 * <pre>bin/bench outbox --url http://localhost:8080 --students 1300 --per-course 100</pre>
 */
public final class OutboxBenchmark {

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8080");
        int students = Integer.parseInt(option(args, "--students", "1300"));
        int perCourse = Integer.parseInt(option(args, "--per-course", "100"));
        int concurrency = Integer.parseInt(option(args, "--concurrency", "16"));
        int firstCourse = Integer.parseInt(option(args, "--first-course", String.valueOf(7000 + (int) (System.currentTimeMillis() / 1000 % 900) * 10)));
        URI tool = URI.create(url);
        if (!tool.getHost().equals("localhost") && !tool.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("loopback addresses only");
        }
        String lms = "http://127.0.0.1:" + tool.getPort() + "/api/demo-lms";
        HttpClient http = DemoLaunchClient.newHttpClient();
        DemoLaunchClient client = new DemoLaunchClient(http, lms);
        int courses = (students + perCourse - 1) / perCourse;

        System.out.printf("Lærepladsklar outbox benchmark: %d students in %d courses, concurrency %d, tool %s%n",
                students, courses, concurrency, url);
        List<String> links = new ArrayList<>();
        for (int c = 0; c < courses; c++) {
            String course = "course-" + (firstCourse + c);
            client.post(lms + "/courses/" + course + "/size", "students=" + perCourse, null);
            links.add(placeModule(client, url, course, "teacher-" + (firstCourse + c)));
        }
        agsMode(client, lms, "down");
        Map<String, Object> before = stats(client, lms);

        long produceStart = System.nanoTime();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> jobs = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            int course = s / perCourse;
            String courseId = "course-" + (firstCourse + course);
            String student = "student-" + (firstCourse + course) + "-" + (s % perCourse + 1);
            String link = links.get(course);
            jobs.add(workers.submit(() -> {
                try {
                    CookieJar browser = new CookieJar();
                    LaunchResult launch = client.launchLink(browser, courseId, link, student, "da", true);
                    if (!launch.landed()) {
                        throw new IOException("launch of " + student + " answered " + launch.status() + ": "
                                + launch.body().substring(0, Math.min(200, launch.body().length())));
                    }
                    new ModulePlayerClient(http, url).complete(browser, launch.landingUrl(), q -> "b");
                    completed.incrementAndGet();
                } catch (Exception e) {
                    if (errors.incrementAndGet() <= 5) {
                        System.out.println("  error: " + e);
                    }
                }
            }));
        }
        for (Future<?> job : jobs) {
            job.get(30, TimeUnit.MINUTES);
        }
        workers.shutdown();
        double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
        System.out.printf("  %d students completed the module in %.1f s (%.1f per second), %d errors%n",
                completed.get(), produceSeconds, completed.get() / produceSeconds, errors.get());
        System.out.println("  (each completion: a full LTI launch plus every step of the module's JSF player)");

        Thread.sleep(2_000); // the last scores reach the outbox
        Map<String, Object> down = stats(client, lms);
        long drainStart = System.nanoTime();
        agsMode(client, lms, "normal");
        long accepted0 = number(before, "scoresAccepted");
        long deadline = System.currentTimeMillis() + 300_000;
        long accepted = 0;
        Map<String, Object> after = stats(client, lms);
        while (System.currentTimeMillis() < deadline) {
            after = stats(client, lms);
            accepted = number(after, "scoresAccepted") - accepted0;
            if (accepted >= completed.get()) {
                break;
            }
            Thread.sleep(100);
        }
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        Thread.sleep(3_000);
        after = stats(client, lms);
        long scoresSent = number(after, "scores") - number(before, "scores");
        accepted = number(after, "scoresAccepted") - accepted0;
        long tokensWhileDown = number(down, "tokenRequests") - number(before, "tokenRequests");
        long tokens = number(after, "tokenRequests") - number(down, "tokenRequests");
        System.out.printf("  platform back: %d scores accepted in %.1f s after it came back (%d score calls while it "
                        + "was down or after, %d rejected)%n", accepted, drainSeconds, scoresSent, scoresSent - accepted);
        System.out.printf("  token requests: %d while the platform was down (refused), %d after it came back (scope score)%n",
                tokensWhileDown, tokens);
        System.out.println(accepted == completed.get() ? "Done: every score arrived." : "NOT DONE: scores missing.");
        System.exit(accepted == completed.get() && errors.get() == 0 ? 0 : 1);
    }

    private static String placeModule(DemoLaunchClient client, String toolBase, String course, String teacher)
            throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult picker = client.selectContent(jar, null, course, "da");
        HttpResponse<String> placed = new dk.laerepladsklar.lti.demo.client.ContentPicker(client, toolBase)
                .pick(jar, picker.body(), List.of("teaching-module:networking"));
        if (placed.statusCode() != 303) {
            throw new IOException("Deep Linking failed for " + course + " (" + teacher + "): " + placed.statusCode());
        }
        return "link-" + course + "-1";
    }

    private static void agsMode(DemoLaunchClient client, String lms, String mode) throws Exception {
        client.post(lms + "/ags-mode", "mode=" + mode, null);
    }

    private static Map<String, Object> stats(DemoLaunchClient client, String lms) throws Exception {
        return JSONObjectUtils.parse(client.get(lms + "/stats", null).body());
    }

    private static long number(Map<String, Object> json, String name) {
        return json.get(name) instanceof Number n ? n.longValue() : 0;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
