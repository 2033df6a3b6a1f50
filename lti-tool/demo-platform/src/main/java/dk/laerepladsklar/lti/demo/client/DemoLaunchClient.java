package dk.laerepladsklar.lti.demo.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plays a browser through a full launch from the demo LMS: the LMS's launch step, the tool's login
 * initiation, the redirect to the LMS's auth endpoint, the signed id_token posted to the tool, and the
 * landing page. Nothing is skipped, so every check of the tool runs.
 */
public class DemoLaunchClient {

    private final HttpClient http;
    private final String lmsBase;

    /** @param lmsBase the demo LMS, e.g. {@code http://127.0.0.1:8080/api/demo-lms} */
    public DemoLaunchClient(HttpClient http, String lmsBase) {
        this.http = http;
        this.lmsBase = lmsBase;
    }

    public static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A full launch for one person in one course, in a browser holding {@code jar}. */
    public LaunchResult launch(CookieJar jar, String courseId, String userId, String locale, boolean sharesNames)
            throws IOException, InterruptedException {
        return launch(jar, courseId, userId, locale, sharesNames, null);
    }

    /** The five steps of a launch, in order, for {@link #launch(CookieJar, String, String, String, boolean, long[])}. */
    public static final String[] STEPS = {"lms-launch", "tool-login", "lms-auth", "tool-launch", "landing-page"};

    /**
     * A full launch that also records when each of the {@link #STEPS} ended ({@link System#nanoTime()}), for
     * the benchmark. Steps not reached stay 0.
     *
     * @param stepEnds null, or an array of at least {@code STEPS.length} entries
     */
    public LaunchResult launch(CookieJar jar, String courseId, String userId, String locale, boolean sharesNames,
                               long[] stepEnds) throws IOException, InterruptedException {
        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("course", courseId);
        choice.put("user", userId);
        choice.put("locale", locale);
        if (sharesNames) {
            choice.put("names", "1");
        }
        HttpResponse<String> lms = post(lmsBase + "/launch", HtmlForm.encode(choice), null);
        mark(stepEnds, 0);
        expect(lms, 200, "demo LMS launch step");
        return loginAndLaunch(jar, HtmlForm.parse(lms.body()), stepEnds);
    }

    /** From a login initiation form on: login, auth, launch and landing page. */
    public LaunchResult loginAndLaunch(CookieJar jar, HtmlForm loginInitiation) throws IOException, InterruptedException {
        return loginAndLaunch(jar, loginInitiation, null);
    }

    private LaunchResult loginAndLaunch(CookieJar jar, HtmlForm loginInitiation, long[] stepEnds)
            throws IOException, InterruptedException {
        HttpResponse<String> login = post(loginInitiation.action(), loginInitiation.encoded(), jar);
        mark(stepEnds, 1);
        if (login.statusCode() != 302) {
            return new LaunchResult(login.statusCode(), null, login.body());
        }
        String authUrl = login.headers().firstValue("location").orElseThrow();
        HttpResponse<String> auth = get(authUrl, null);
        mark(stepEnds, 2);
        expect(auth, 200, "demo LMS auth endpoint");
        return postLaunch(jar, HtmlForm.parse(auth.body()), stepEnds);
    }

    /** Posts an id_token form to the tool and follows it to the landing page. */
    public LaunchResult postLaunch(CookieJar jar, HtmlForm launchForm) throws IOException, InterruptedException {
        return postLaunch(jar, launchForm, null);
    }

    private LaunchResult postLaunch(CookieJar jar, HtmlForm launchForm, long[] stepEnds)
            throws IOException, InterruptedException {
        HttpResponse<String> launch = post(launchForm.action(), launchForm.encoded(), jar);
        mark(stepEnds, 3);
        if (launch.statusCode() != 303) {
            return new LaunchResult(launch.statusCode(), null, launch.body());
        }
        String landing = launch.headers().firstValue("location").orElseThrow();
        HttpResponse<String> page = get(landing, jar);
        mark(stepEnds, 4);
        return new LaunchResult(page.statusCode(), landing, page.body());
    }

    private static void mark(long[] stepEnds, int step) {
        if (stepEnds != null) {
            stepEnds[step] = System.nanoTime();
        }
    }

    /** The id_token form the demo LMS would post, without posting it (for tests that tamper with it). */
    public HtmlForm authorize(CookieJar jar, String courseId, String userId) throws IOException, InterruptedException {
        Map<String, String> choice = Map.of("course", courseId, "user", userId, "locale", "da", "names", "1");
        HttpResponse<String> lms = post(lmsBase + "/launch", HtmlForm.encode(choice), null);
        expect(lms, 200, "demo LMS launch step");
        HtmlForm initiation = HtmlForm.parse(lms.body());
        HttpResponse<String> login = post(initiation.action(), initiation.encoded(), jar);
        expect(login, 302, "tool login initiation");
        HttpResponse<String> auth = get(login.headers().firstValue("location").orElseThrow(), null);
        expect(auth, 200, "demo LMS auth endpoint");
        return HtmlForm.parse(auth.body());
    }

    public HttpResponse<String> get(String url, CookieJar jar) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        return send(request, jar);
    }

    public HttpResponse<String> post(String url, String form, CookieJar jar) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(request, jar);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, CookieJar jar) throws IOException, InterruptedException {
        if (jar != null && jar.header() != null) {
            request.header("Cookie", jar.header());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (jar != null) {
            jar.receive(response.headers());
        }
        return response;
    }

    private static void expect(HttpResponse<String> response, int status, String step) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(step + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }
}
