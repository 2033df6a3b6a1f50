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
        return launch(jar, null, courseId, userId, locale, sharesNames);
    }

    /** The five steps of a launch, in order, for {@link #timedLaunch}. */
    public static final String[] STEPS = {"lms-launch", "tool-login", "lms-auth", "tool-launch", "landing-page"};

    /**
     * A full launch that also records when each of the {@link #STEPS} ended ({@link System#nanoTime()}), for
     * the benchmark. Steps not reached stay 0.
     *
     * @param stepEnds an array of at least {@code STEPS.length} entries
     */
    public LaunchResult timedLaunch(CookieJar jar, String courseId, String userId, String locale, boolean sharesNames,
                                    long[] stepEnds) throws IOException, InterruptedException {
        HtmlForm initiation = loginInitiation(courseId, null, userId, null, null, locale, sharesNames);
        mark(stepEnds, 0);
        return loginAndLaunch(jar, initiation, stepEnds);
    }

    /** A full launch through one of the tools registered with the demo LMS ({@code clientId} null: the built-in one). */
    public LaunchResult launch(CookieJar jar, String clientId, String courseId, String userId, String locale,
                               boolean sharesNames) throws IOException, InterruptedException {
        Map<String, String> choice = new LinkedHashMap<>();
        if (clientId != null) {
            choice.put("client", clientId);
        }
        choice.put("course", courseId);
        choice.put("user", userId);
        choice.put("locale", locale);
        if (sharesNames) {
            choice.put("names", "1");
        }
        HttpResponse<String> lms = post(lmsBase + "/launch", HtmlForm.encode(choice), null);
        expect(lms, 200, "demo LMS launch step");
        return loginAndLaunch(jar, HtmlForm.parse(lms.body()));
    }

    /** A full launch of a link placed by Deep Linking (it goes to the tool that placed it). */
    public LaunchResult launchLink(CookieJar jar, String courseId, String linkId, String userId, String locale,
                                   boolean sharesNames) throws IOException, InterruptedException {
        return loginAndLaunch(jar, loginInitiation(courseId, linkId, userId, null, null, locale, sharesNames));
    }

    /** The teacher's "Vælg indhold": a Deep Linking request through the whole launch, up to the tool's page. */
    public LaunchResult selectContent(CookieJar jar, String clientId, String courseId, String locale)
            throws IOException, InterruptedException {
        return loginAndLaunch(jar, loginInitiation(courseId, null, null, clientId, "deep-linking", locale, true));
    }

    /**
     * The login initiation form the LMS's launch step answers with, without posting it to the tool.
     *
     * @param linkId  a placed link, or null for the course's default link
     * @param userId  null for the teacher (Deep Linking)
     * @param message {@code deep-linking} for a Deep Linking request, or null
     */
    public HtmlForm loginInitiation(String courseId, String linkId, String userId, String clientId, String message,
                                    String locale, boolean sharesNames) throws IOException, InterruptedException {
        Map<String, String> choice = new LinkedHashMap<>();
        if (clientId != null) {
            choice.put("client", clientId);
        }
        choice.put("course", courseId);
        if (userId != null) {
            choice.put("user", userId);
        }
        if (linkId != null) {
            choice.put("link", linkId);
        }
        if (message != null) {
            choice.put("message", message);
        }
        choice.put("locale", locale);
        if (sharesNames) {
            choice.put("names", "1");
        }
        HttpResponse<String> lms = post(lmsBase + "/launch", HtmlForm.encode(choice), null);
        expect(lms, 200, "demo LMS launch step");
        return HtmlForm.parse(lms.body());
    }

    /**
     * The gradebook's "open the student's work": a submission review of {@code studentId}'s work in column
     * {@code column}, launched by {@code reviewerId} (any member: the tool decides who may review).
     */
    public LaunchResult reviewLaunch(CookieJar jar, String courseId, String reviewerId, String studentId, int column,
                                     String locale) throws IOException, InterruptedException {
        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("course", courseId);
        choice.put("user", reviewerId);
        choice.put("for", studentId);
        choice.put("column", Integer.toString(column));
        choice.put("message", "review");
        choice.put("locale", locale);
        HttpResponse<String> lms = post(lmsBase + "/launch", HtmlForm.encode(choice), null);
        expect(lms, 200, "demo LMS launch step (submission review)");
        return loginAndLaunch(jar, HtmlForm.parse(lms.body()));
    }

    /** From a login initiation form on: login, auth, launch and landing page. */
    public LaunchResult loginAndLaunch(CookieJar jar, HtmlForm loginInitiation) throws IOException, InterruptedException {
        return loginAndLaunch(jar, loginInitiation, null);
    }

    private LaunchResult loginAndLaunch(CookieJar jar, HtmlForm loginInitiation, long[] stepEnds)
            throws IOException, InterruptedException {
        HttpResponse<String> login = post(loginInitiation.action(), loginInitiation.encoded(), jar);
        mark(stepEnds, 1);
        String authUrl = authUrlFrom(login);
        if (authUrl == null) {
            return new LaunchResult(login.statusCode(), null, login.body());
        }
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
        if (launch.statusCode() == 200 && launch.body().contains("id=\"lpk-relaunch\"")) {
            // No cookie came back: the tool asks the page to look in storage. This browser has none.
            HtmlForm relaunch = HtmlForm.parse(launch.body());
            launch = post(relaunch.action(), relaunch.encoded(), jar);
        }
        if (launch.statusCode() != 303) {
            return new LaunchResult(launch.statusCode(), null, launch.body());
        }
        mark(stepEnds, 3);
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
        expect(login, 200, "tool login initiation");
        HttpResponse<String> auth = get(authUrlFrom(login), null);
        expect(auth, 200, "demo LMS auth endpoint");
        return HtmlForm.parse(auth.body());
    }

    private static final java.util.regex.Pattern CONTINUE = java.util.regex.Pattern.compile("id=\"continue\" href=\"([^\"]+)\"");

    /** The platform auth URL the tool's login page goes on to (a page, so it can use platform storage first). */
    public static String authUrlFrom(HttpResponse<String> login) {
        if (login.statusCode() == 302) {
            return login.headers().firstValue("location").orElse(null);
        }
        java.util.regex.Matcher m = CONTINUE.matcher(login.body());
        return login.statusCode() == 200 && m.find() ? HtmlForm.unescape(m.group(1)) : null;
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
