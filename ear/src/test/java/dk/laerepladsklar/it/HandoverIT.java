package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.DemoLmsPage;
import dk.laerepladsklar.it.pages.RecorderPage;
import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Open in a new window" that keeps the launch, for a platform whose frame grants no camera or microphone: the frame's
 * page asks for a one-time code and posts it into a new top-level window, which gets a first-party session with the
 * same launch. Over HTTP: a code works once, within its minute, only for the session and launch that asked, only from
 * the tool's own pages, and never sends anyone off the tool; the new window acts as that student. In Chromium: the
 * demo LMS's frame withholds the camera ({@code ?frame=no-camera}), the student clicks "open in a new window" and
 * records there.
 */
class HandoverIT extends DemoLmsEndToEnd {

    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Za-z0-9_-]{43})\"");

    private RecordedAttempts attempts;
    private TusUploads http;
    private String contextPath;

    @BeforeEach
    void setUp() {
        attempts = new RecordedAttempts(client, tool);
        http = attempts.tus();
        contextPath = URI.create(tool.toolBase()).getPath();
    }

    @Test
    void aCodeOpensOneFirstPartyWindowOnceWithTheSameLaunchAndNothingElse() throws Exception {
        String course = "course-6510";
        String link = attempts.place(course);
        Person sara = attempts.launchLink(course, link, "student-6510-1", "da");
        String record = "/roleplay/record.xhtml?placement=" + sara.placement();
        // asked for first, used last: it must have expired by then
        String forLater = code(askFor(sara, contextPath + record + "&lc=" + sara.lc(), "same-origin"));
        long issuedAt = System.nanoTime();

        HttpResponse<String> asked = askFor(sara, contextPath + record + "&lc=" + sara.lc(), "same-origin");
        assertEquals(200, asked.statusCode(), asked.body());
        assertEquals("no-store", asked.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(asked.body().contains("\"action\":\"" + contextPath + "/handover\""), asked.body());
        assertTrue(asked.body().contains("\"expiresIn\":60"), asked.body());
        String code = code(asked);

        // the new window: no cookies at all, a form post from the tool's page
        CookieJar window = new CookieJar();
        HttpResponse<String> opened = redeem(window, code, "same-origin");
        assertEquals(303, opened.statusCode(), opened.body());
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(contextPath + record + "&lc="), location);
        String newLc = LaunchContextParam.of(location);
        assertFalse(newLc.equals(sara.lc()), "the window's launch context has an id of its own");
        assertEquals("no-referrer", opened.headers().firstValue("Referrer-Policy").orElse(""));
        List<String> cookies = opened.headers().allValues("Set-Cookie");
        List<String> session = cookies.stream().filter(c -> c.startsWith("LPKSESSION=") && !c.startsWith("LPKSESSION=;")).toList();
        assertEquals(1, session.size(), "one session cookie: " + cookies);
        String firstParty = session.get(0).toLowerCase();
        assertTrue(firstParty.contains("samesite=lax") && firstParty.contains("secure") && firstParty.contains("httponly")
                && !firstParty.contains("partitioned") && !firstParty.contains("samesite=none"), session.get(0));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("LPKSESSION=;") && c.contains("Max-Age=0")
                && c.contains("Partitioned")), "an old partitioned cookie of the tool's own site is removed: " + cookies);

        // the window is Sara, in the same course and placement
        String page = client.get(tool.toolBase() + location.substring(contextPath.length()), window).body();
        assertTrue(page.contains("id=\"consent-check\"") && page.contains("lc=" + newLc), page);
        HttpResponse<String> fromFrame = attempts.call(sara, "POST", "/api/roleplay/attempts/" + sara.placement() + "/draft", null, null);
        Person inWindow = new Person(window, newLc, sara.launch());
        HttpResponse<String> fromWindow = attempts.call(inWindow, "POST", "/api/roleplay/attempts/" + sara.placement() + "/draft", null, null);
        assertEquals(200, fromWindow.statusCode(), fromWindow.body());
        assertEquals(id(fromFrame.body()), id(fromWindow.body()), "the window works on Sara's own draft");
        assertEquals(200, attempts.call(sara, "GET", "/api/roleplay/attempts/" + sara.placement() + "/" + id(fromFrame.body()), null, null)
                .statusCode(), "the frame keeps working too");
        // and only in that launch: the frame's id means nothing in the window's session
        assertEquals(404, attempts.call(new Person(window, sara.lc(), sara.launch()), "POST",
                "/api/roleplay/attempts/" + sara.placement() + "/draft", null, null).statusCode());

        // a code opens one window
        HttpResponse<String> replay = redeem(new CookieJar(), code, "same-origin");
        assertFriendlyPage(replay, 410, "HANDOVER_CODE_USED");

        // bound to the session and launch that asked: another session, or none, gets no code for Sara's launch
        Person ali = attempts.launchLink(course, link, "student-6510-2", "da");
        assertRefused(askFor(new Person(ali.jar(), sara.lc(), sara.launch()), record, "same-origin"), 401, "HANDOVER_NO_LAUNCH");
        assertRefused(askFor(new Person(new CookieJar(), sara.lc(), sara.launch()), record, "same-origin"), 401, "HANDOVER_NO_LAUNCH");
        assertRefused(askFor(new Person(sara.jar(), "AAAAAAAAAAAAAAAAAAAAAA", sara.launch()), record, "same-origin"), 401,
                "HANDOVER_NO_LAUNCH");

        // only from the tool's own pages: another site can neither ask for a code nor use one
        assertRefused(askFor(sara, record, "cross-site"), 403, "HANDOVER_CROSS_ORIGIN");
        assertRefused(askFor(sara, record, "same-site"), 403, "HANDOVER_CROSS_ORIGIN");
        assertRefused(send(sara.jar(), "/api/handover?lc=" + sara.lc(), "return=" + enc(record), null, "https://evil.example"), 403,
                "HANDOVER_CROSS_ORIGIN");
        assertRefused(send(sara.jar(), "/api/handover?lc=" + sara.lc(), "return=" + enc(record), null, null), 403,
                "HANDOVER_CROSS_ORIGIN");
        String another = code(askFor(sara, record, "same-origin"));
        assertFriendlyPage(redeem(new CookieJar(), another, "cross-site"), 403, "HANDOVER_CROSS_ORIGIN");
        HttpResponse<String> byOrigin = send(new CookieJar(), "/handover", "code=" + another, null, originOf(tool.toolBase()));
        assertEquals(303, byOrigin.statusCode(), "a browser without fetch metadata, from the tool's own origin: " + byOrigin.body());

        // never off the tool: addresses that could lead elsewhere are refused before a code is made
        for (String away : List.of("https://evil.example/roleplay/record.xhtml", "//evil.example/roleplay/record.xhtml",
                "/\\evil.example/a.xhtml", "javascript:alert(1)", "/roleplay/record.xhtml?next=https://evil.example",
                "/roleplay/../../evil.xhtml", "/api/media/items/1", "/roleplay/record.xhtml#x", "", "/a.xhtml?x=" + "y".repeat(2000))) {
            assertRefused(askFor(sara, away, "same-origin"), 400, "HANDOVER_RETURN_REFUSED");
        }
        assertRefused(send(sara.jar(), "/api/handover?lc=" + sara.lc(), "", "same-origin", null), 400, "HANDOVER_RETURN_REFUSED");

        // unknown, malformed, missing codes and a plain GET: the friendly page
        assertFriendlyPage(redeem(new CookieJar(), "A".repeat(43), "same-origin"), 400, "HANDOVER_CODE_UNKNOWN");
        assertFriendlyPage(redeem(new CookieJar(), "not a code", "same-origin"), 400, "HANDOVER_CODE_MALFORMED");
        assertFriendlyPage(redeem(new CookieJar(), "", "same-origin"), 400, "HANDOVER_CODE_MISSING");
        assertFriendlyPage(http.send(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/handover?code=" + forLater)).GET(),
                new CookieJar()), 400, "HANDOVER_CODE_MISSING");

        // the first code, a minute later: expired
        long waitMs = 61_000 - (System.nanoTime() - issuedAt) / 1_000_000;
        if (waitMs > 0) {
            Thread.sleep(waitMs);
        }
        assertFriendlyPage(redeem(new CookieJar(), forLater, "same-origin"), 410, "HANDOVER_CODE_EXPIRED");
    }

    @Test
    void inChromiumAFrameWithoutCameraOffersANewWindowAndTheStudentRecordsThere() throws Exception {
        String course = "course-6520";
        String student = "student-6520-1";
        String link = attempts.place(course);
        String placement = attempts.launchLink(course, link, student, "da").placement();
        ChromeDriver browser = Chromium.withFakeCameraAndMicrophone();
        try {
            JavascriptExecutor js = browser;
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            DemoLmsPage lms = DemoLmsPage.open(browser, tool.lmsBase() + "?course=" + course + "&frame=no-camera");
            assertEquals("autoplay", js.executeScript("return document.getElementById('tool-frame').getAttribute('allow');"),
                    "this platform's frame grants no camera or microphone");
            lms.launchAs(student).greeting(); // landed: the frame now holds the launch context
            String here = (String) js.executeScript("return location.href;");
            js.executeScript("location.href = arguments[0]", tool.toolBase()
                    + LaunchContextParam.with("/roleplay/record.xhtml?placement=" + placement, here));
            WebElement offer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-window")));
            assertTrue(offer.getText().contains("Din skoles side lader os ikke bruge kamera og mikrofon her."), offer.getText());
            assertEquals(false, js.executeScript("return document.featurePolicy.allowsFeature('camera');"));
            String lms0 = browser.getWindowHandle();
            Set<String> before = browser.getWindowHandles();
            browser.findElement(By.id("new-window-link")).click();
            wait.until(d -> d.getWindowHandles().size() > before.size());
            String popup = browser.getWindowHandles().stream().filter(h -> !before.contains(h)).findFirst().orElseThrow();
            browser.switchTo().window(popup);
            wait.until(d -> String.valueOf(js.executeScript("return location.pathname")).endsWith("/roleplay/record.xhtml"));
            WebElement go = wait.until(ExpectedConditions.elementToBeClickable(By.id("consent-go")));
            assertEquals(true, js.executeScript("return window.top === window.self;"), "a top-level window");
            assertFalse(browser.findElement(By.id("new-window")).isDisplayed(), "here the camera may be used");
            assertTrue(String.valueOf(js.executeScript("return location.search")).contains("placement=" + placement));
            Cookie cookie = browser.manage().getCookieNamed("LPKSESSION");
            assertTrue(cookie != null && "Lax".equalsIgnoreCase(cookie.getSameSite()) && cookie.isHttpOnly() && cookie.isSecure(),
                    "a first-party session cookie: " + cookie);

            // the student records in the new window, as themselves
            browser.findElement(By.id("consent-check")).click();
            go.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("answering")));
            browser.findElement(By.cssSelector("#prompt-intro input[value='video']")).click();
            browser.findElement(By.cssSelector("#prompt-intro .lpk-rp-start")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prompt-intro .lpk-rp-stop")));
            Thread.sleep(3000);
            browser.findElement(By.cssSelector("#prompt-intro .lpk-rp-stop")).click();
            WebElement review = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#prompt-intro .lpk-rp-review")));
            review.findElement(By.cssSelector(".lpk-rp-use")).click();
            wait.until(Attribute.is("#prompt-intro", "data-answered", "video"));
            for (String prompt : List.of("why", "next")) {
                browser.findElement(By.cssSelector("#prompt-" + prompt + " input[value='text']")).click();
                browser.findElement(By.id("typed-" + prompt)).sendKeys("Mit svar.");
                browser.findElement(By.cssSelector("#prompt-" + prompt + " .lpk-rp-save-text")).click();
                wait.until(Attribute.is("#prompt-" + prompt, "data-answered", "text"));
            }
            assertEquals("sent", new RecorderPage(browser, wait).selfAssessAndSend());

            // the frame is still the student's too, and sees the sent attempt
            browser.switchTo().window(lms0);
            browser.switchTo().frame("tool-frame");
            browser.navigate().refresh();
        } finally {
            browser.quit();
        }
        // the teacher finds it as the student's
        Person teacher = attempts.launchLink(course, link, "teacher-6520", "da");
        String overview = teacher.launch().body();
        assertTrue(overview.contains("/roleplay/assess.xhtml?attempt="), overview);
    }

    // ---- helpers

    private HttpResponse<String> askFor(Person who, String returnPath, String site) throws Exception {
        return send(who.jar(), "/api/handover?lc=" + who.lc(), "return=" + enc(returnPath), site, null);
    }

    private HttpResponse<String> redeem(CookieJar jar, String code, String site) throws Exception {
        return send(jar, "/handover", "code=" + enc(code), site, null);
    }

    private HttpResponse<String> send(CookieJar jar, String path, String form, String site, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        if (site != null) {
            request.header("Sec-Fetch-Site", site);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request, jar);
    }

    private static String code(HttpResponse<String> answer) {
        Matcher m = CODE.matcher(answer.body());
        assertTrue(m.find(), answer.statusCode() + " " + answer.body());
        return m.group(1);
    }

    private static String id(String json) {
        return json.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
    }

    private static void assertRefused(HttpResponse<String> response, int status, String reason) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + reason + "\"") && response.body().contains("\"message\":\""), response.body());
        assertFalse(response.body().contains("handover.code."), "a sentence, not a key: " + response.body());
    }

    private static void assertFriendlyPage(HttpResponse<String> response, int status, String reason) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("id=\"handover-failed\"") && response.body().contains("Vinduet kunne ikke åbnes"),
                response.body());
        assertFalse(response.body().contains(reason), "the reason is for the log, not the page");
        assertFalse(response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("LPKSESSION=") && c.length() > 12),
                "no session for a refused window");
        for (int i = 0; i < 50 && !ServerLog.text().contains("Hand-over refused: " + reason); i++) {
            Thread.sleep(100);
        }
        assertTrue(ServerLog.text().contains("Hand-over refused: " + reason), reason + " in the log");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String originOf(String base) {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
