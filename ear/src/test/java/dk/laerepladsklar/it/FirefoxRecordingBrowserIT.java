package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.Firefox;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Role-play recordings across browsers (issue 10), on WildFly with PostgreSQL through the demo LMS's frame:
 * <ul>
 * <li>a student records a film and a sound in <b>Firefox</b> (its fake camera and microphone; Firefox writes WebM with
 * VP8 and Opus), another in <b>Chromium</b> (WebM, VP9); both are uploaded with tus and sent; the teacher plays and
 * seeks both in Firefox, and Firefox's film and sound in Chromium. As recorded, Firefox's WebM stopped Chromium with
 * {@code MEDIA_ERR_NETWORK} ("demuxer seek failed": its Opus blocks are not flagged key frames and it has no Cues) and
 * its sound alone could not be sought anywhere; the store now rewrites every WebM it is given ({@code WebmRemux}):
 * Duration, Cues, known sizes, sound blocks flagged key frames;</li>
 * <li>what an <b>iPhone</b> records (Safari's fragmented MP4 with H.264 and AAC, a fixture made with ffmpeg: Safari
 * itself cannot run here) is uploaded with tus, served with Range, and played and sought in Firefox and Chromium;
 * a Firefox without the system's H.264 decoder ({@code media.ffmpeg.enabled=false}, as a Firefox on a Linux without
 * ffmpeg) shows the plain sentence and the download link instead of a dead player.</li>
 * </ul>
 * Firefox is driven over WebDriver BiDi without geckodriver ({@link Firefox}); a missing Firefox fails the test unless
 * {@code -Dlpk.test.firefox=skip}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FirefoxRecordingBrowserIT {

    private static final String FIRST_CALL = "role-play:first-call";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SAMPLES = Path.of(System.getProperty("lpk.project.root", ".."),
            "modules/media/src/test/resources/samples");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private TusUploads tus;

    record Person(CookieJar jar, String lc, LaunchResult launch) {
    }

    @BeforeAll
    static void firefoxIsThere() {
        Firefox.require();
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        tus = new TusUploads(tool.toolBase());
    }

    @Test
    void recordedInFirefoxAndChromiumAndPlayedAndSoughtInBoth() throws Exception {
        String course = "course-6601";
        String link = place(course);
        String placement = placementOf(link, course, "student-6601-3");
        String fromFirefox;
        String fromChromium;
        long began = System.nanoTime();
        try (Firefox firefox = Firefox.withFakeCameraAndMicrophone()) {
            System.out.println("FirefoxRecordingBrowserIT: Firefox " + firefox.version());
            String frame = launchInFirefox(firefox, course, "launch-student-6601-1");
            fromFirefox = recordAndSend(firefox, frame, placement);
            firefox.screenshot(firefox.tab(), "firefox-recorded-and-sent.png");
        }
        System.out.printf("FirefoxRecordingBrowserIT: Firefox student done in %d ms%n", (System.nanoTime() - began) / 1_000_000);
        ChromeDriver chromium = Chromium.withFakeCameraAndMicrophone();
        try {
            fromChromium = recordAndSendInChromium(chromium, course, placement);
        } finally {
            chromium.quit();
        }
        // what the store holds: the container each browser wrote, as read from the bytes
        // (a WebM or MP4 of sound alone is served as video/*, which an audio element plays as well)
        assertEquals(List.of("video/webm", "video/webm"), mediaOf(fromFirefox), "Firefox: WebM (VP8, Opus)");
        assertEquals(List.of("video/webm"), mediaOf(fromChromium), "Chromium: WebM (VP9, Opus)");

        try (Firefox firefox = Firefox.withFakeCameraAndMicrophone()) {
            String frame = launchInFirefox(firefox, course, "launch-teacher");
            playAndSeek(firefox, frame, fromFirefox, "player-intro");
            // Firefox's own sound-only WebM, as recorded, had no duration and no cues and could not be sought: rewritten
            // by the store, it can
            playAndSeek(firefox, frame, fromFirefox, "player-why");
            firefox.screenshot(firefox.tab(), "firefox-teacher-plays-firefox-recording.png");
            playAndSeek(firefox, frame, fromChromium, "player-intro");
            firefox.screenshot(firefox.tab(), "firefox-teacher-plays-chromium-recording.png");
        }
        chromium = Chromium.withFakeCameraAndMicrophone();
        try {
            chromium.get(tool.lmsBase() + "?course=" + course);
            chromium.findElement(org.openqa.selenium.By.id("launch-teacher")).click();
            chromium.switchTo().frame("tool-frame");
            String lc = awaitChromiumLaunch(chromium);
            openInChromiumFrame(chromium, "/roleplay/assess.xhtml?attempt=" + fromFirefox + "&lc=" + lc);
            // Firefox's film and sound in Chromium: with preload=metadata, as recorded, the film failed at once with
            // MEDIA_ERR_NETWORK; rewritten, both know their length from the first read and play and seek
            for (String player : List.of("player-intro", "player-why")) {
                String p = "document.getElementById('" + player + "')";
                awaitChromium(chromium, p + ".readyState >= 1 || " + p + ".error", player + " metadata");
                Object duration = chromium.executeScript("const p = " + p + "; return p.error ? 'error ' + p.error.code"
                        + " + ': ' + p.error.message : p.duration;");
                assertTrue(duration instanceof Number d && d.doubleValue() > 2 && d.doubleValue() < 6,
                        player + ": the length is known from the start (the store wrote it): " + duration);
                chromiumPlaysAndSeeks(chromium, player);
                assertEquals("null", String.valueOf(chromium.executeScript("return String(" + p + ".error && "
                        + p + ".error.message)")), player + " without error");
            }
        } finally {
            chromium.quit();
        }
        System.out.printf("FirefoxRecordingBrowserIT: recorded in two browsers, played in both, in %d ms%n",
                (System.nanoTime() - began) / 1_000_000);
    }

    @Test
    void anIphoneRecordingIsStoredServedWithRangeAndPlaysOrSaysPlainlyWhyNot() throws Exception {
        String course = "course-6602";
        String link = place(course);
        Person student = launchLink(course, link, "student-6602-1");
        String placement = student.launch().landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        String api = "/api/roleplay/attempts/" + placement;
        String attempt = field(call(student, "POST", api + "/draft", null, null).body(), "id");
        assertEquals(200, call(student, "POST", api + "/" + attempt + "/consent", null, null).statusCode());
        byte[] film = Files.readAllBytes(SAMPLES.resolve("iphone-recording.mp4"));
        byte[] voice = Files.readAllBytes(SAMPLES.resolve("iphone-voice.m4a"));
        String filmId = upload(student, ref(attempt, "intro", "video"), film, 10_000);
        String voiceId = upload(student, ref(attempt, "why", "audio"), voice, 10_000);
        assertEquals(200, call(student, "PUT", api + "/" + attempt + "/answers/next", "Må jeg komme forbi?", "text/plain;charset=UTF-8").statusCode());
        assertEquals(200, call(student, "PUT", api + "/" + attempt + "/self", "opening=2&clear=2&closing=2",
                "application/x-www-form-urlencoded").statusCode());
        HttpResponse<String> sent = call(student, "POST", api + "/" + attempt + "/send", null, null);
        assertEquals(200, sent.statusCode(), sent.body());
        assertEquals(List.of("video/mp4", "video/mp4"), mediaOf(attempt),
                "an iPhone's fragmented MP4 is stored as MP4 (ftyp iso5 / mp42, moof boxes)");

        // served with Range, as the players ask
        Person teacher = launch(course, "teacher-6602");
        HttpResponse<byte[]> range = tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/media/items/"
                + filmId + "?lc=" + teacher.lc())).header("Range", "bytes=1000-1999").GET(), teacher.jar());
        assertEquals(206, range.statusCode());
        assertEquals("video/mp4", range.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes 1000-1999/" + film.length, range.headers().firstValue("Content-Range").orElse(""));
        assertEquals(java.util.Arrays.toString(java.util.Arrays.copyOfRange(film, 1000, 2000)), java.util.Arrays.toString(range.body()));
        assertEquals(voice.length, tus.sendBytes(HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/media/items/"
                + voiceId + "?lc=" + teacher.lc())).GET(), teacher.jar()).body().length);

        // Firefox with the system's decoders (Debian's firefox-esr brings libavcodec) plays and seeks it
        try (Firefox firefox = Firefox.withFakeCameraAndMicrophone()) {
            String frame = launchInFirefox(firefox, course, "launch-teacher");
            playAndSeek(firefox, frame, attempt, "player-intro");
            playAndSeek(firefox, frame, attempt, "player-why");
        }
        // so does Debian's Chromium (built with its own H.264 and AAC decoders)
        ChromeDriver chromium = Chromium.withFakeCameraAndMicrophone();
        try {
            chromium.get(tool.lmsBase() + "?course=" + course);
            chromium.findElement(org.openqa.selenium.By.id("launch-teacher")).click();
            chromium.switchTo().frame("tool-frame");
            String lc = awaitChromiumLaunch(chromium);
            openInChromiumFrame(chromium, "/roleplay/assess.xhtml?attempt=" + attempt + "&lc=" + lc);
            chromiumPlaysAndSeeks(chromium, "player-intro");
            chromiumPlaysAndSeeks(chromium, "player-why");
        } finally {
            chromium.quit();
        }
        // a Firefox without H.264 (no system ffmpeg): a plain sentence and the file to download, not a dead player
        try (Firefox firefox = Firefox.withFakeCameraAndMicrophone(Map.of("media.ffmpeg.enabled", false))) {
            String frame = launchInFirefox(firefox, course, "launch-teacher");
            openInFrame(firefox, frame, "/roleplay/assess.xhtml?attempt=" + attempt);
            firefox.waitUntil(frame, "document.querySelector('.lpk-rp-cannot-play')", WAIT, "the cannot-play note");
            assertEquals("true", firefox.text(frame, "return String(document.getElementById('player-intro').hidden)"),
                    "no dead player");
            String note = firefox.text(frame, "return document.querySelector('.lpk-rp-cannot-play').textContent");
            assertTrue(note.startsWith("Din browser kan ikke afspille denne optagelse.") && note.endsWith("Hent optagelsen"), note);
            assertEquals(String.valueOf(film.length), firefox.text(frame,
                    "const a = document.querySelector('.lpk-rp-cannot-play a');"
                            + "if (!a.hasAttribute('download')) { return 'not a download link'; }"
                            + "const r = await fetch(a.href, {credentials: 'same-origin'});"
                            + "return String((await r.arrayBuffer()).byteLength);"), "the link gives the whole recording");
            System.out.println("FirefoxRecordingBrowserIT: Firefox without ffmpeg, the AAC voice: "
                    + firefox.text(frame, "const p = document.getElementById('player-why');"
                    + "return p.hidden ? 'cannot play (note shown)' : 'readyState ' + p.readyState;"));
            firefox.screenshot(firefox.tab(), "firefox-without-h264-cannot-play.png");
        }
    }

    // ---- Firefox

    /** Opens the demo LMS course page, clicks a launch button, waits for the tool in the frame; the frame's context. */
    private String launchInFirefox(Firefox firefox, String course, String button) {
        String tab = firefox.tab();
        firefox.navigate(tab, tool.lmsBase() + "?course=" + course);
        firefox.js(tab, "document.getElementById(arguments[0]).click();", button);
        String frame = firefox.frame(tab);
        firefox.waitUntil(frame, "location.href.indexOf('lc=') > 0 && document.readyState === 'complete'", WAIT,
                "the tool in the frame after " + button);
        return frame;
    }

    /** Goes to one of the tool's pages in the frame, with the frame's launch, and waits for it. */
    private void openInFrame(Firefox firefox, String frame, String path) {
        String here = firefox.text(frame, "return location.href;");
        String target = tool.toolBase() + LaunchContextParam.with(path, here);
        // the old document carries a mark: the same address again (a reload) is not "there" until the new one is
        firefox.js(frame, "window.__lpkLeaving = true; location.href = arguments[0];", target);
        firefox.waitUntil(frame, "!window.__lpkLeaving && location.href === " + quote(target)
                + " && document.readyState === 'complete'", WAIT, "the page " + path);
    }

    /** Consent, a film, a sound and typed words, the self-assessment, send: the attempt's id. */
    private String recordAndSend(Firefox ff, String frame, String placement) throws InterruptedException {
        openInFrame(ff, frame, "/roleplay/record.xhtml?placement=" + placement);
        ff.js(frame, "window.__errors = ''; window.addEventListener('error', e => window.__errors += e.message + ';');"
                + "window.addEventListener('unhandledrejection', e => window.__errors += String(e.reason) + ';');");
        ff.js(frame, "document.getElementById('consent-check').click(); document.getElementById('consent-go').click();");
        ff.waitUntil(frame, "!document.getElementById('answering').hidden", WAIT, "the prompts after consent");
        String attempt = ff.text(frame, "return document.getElementById('recorder').getAttribute('data-attempt');");

        String filmType = record(ff, frame, "intro", "video", 4);
        String soundType = record(ff, frame, "why", "audio", 3);
        assertEquals("video/webm", filmType, "Firefox records a film as WebM");
        assertEquals("audio/webm", soundType, "Firefox records a sound as WebM (Opus)");
        ff.js(frame, "document.querySelector(\"#prompt-next input[value='text']\").click();"
                + "document.getElementById('typed-next').value = 'Må jeg komme forbi på torsdag?';"
                + "document.querySelector('#prompt-next .lpk-rp-save-text').click();");
        ff.waitUntil(frame, "document.getElementById('answered-count').textContent === 'Du har svaret på 3 af 3.'", WAIT,
                "three answers");
        // the saved film plays back from the store in the student's own page
        ff.waitUntil(frame, "(document.querySelector('#prompt-intro .lpk-rp-saved video') || {}).readyState >= 1", WAIT,
                "the saved film's metadata");
        for (String criterion : List.of("opening", "clear", "closing")) {
            ff.js(frame, "document.getElementById('rp-status').textContent = '';"
                    + "document.querySelector(\"input[name='self-\" + arguments[0] + \"'][value='2']\").click();", criterion);
            ff.waitUntil(frame, "document.getElementById('rp-status').textContent === 'Gemt.'", WAIT, "self " + criterion);
        }
        ff.js(frame, "document.getElementById('send').click();");
        ff.waitUntil(frame, "document.getElementById('sent-note')", WAIT, "the sent note");
        assertEquals("", ff.text(frame, "return window.__errors || ''"), "no script errors");
        return attempt;
    }

    /** Records one answer, plays it back in the page, uses it (tus); the container type the browser reported. */
    private static String record(Firefox ff, String frame, String prompt, String mode, int seconds) throws InterruptedException {
        String section = "#prompt-" + prompt;
        ff.js(frame, "document.querySelector(arguments[0] + \" input[value='\" + arguments[1] + \"']\").click();"
                + "document.querySelector(arguments[0] + ' .lpk-rp-start').click();", section, mode);
        ff.waitUntil(frame, "!document.querySelector('" + section + " .lpk-rp-stop').hidden", WAIT,
                "recording " + prompt + " (status: rp-status)");
        Thread.sleep(seconds * 1000L);
        ff.js(frame, "document.querySelector(arguments[0] + ' .lpk-rp-stop').click();", section);
        ff.waitUntil(frame, "!document.querySelector('" + section + " .lpk-rp-review').hidden", WAIT, "the review of " + prompt);
        ff.js(frame, "const p = document.querySelector(arguments[0] + ' .lpk-rp-playback ' + arguments[1]);"
                + "p.muted = true; return p.play();", section, "video".equals(mode) ? "video" : "audio");
        ff.waitUntil(frame, "document.querySelector('" + section + " .lpk-rp-playback " + ("video".equals(mode) ? "video" : "audio")
                + "').currentTime > 0.2", WAIT, "the recording of " + prompt + " playing back before upload");
        String type = ff.text(frame, "return document.querySelector(arguments[0]).getAttribute('data-recorded-type');", section);
        long size = Long.parseLong(ff.text(frame, "return document.querySelector(arguments[0]).getAttribute('data-recorded');", section));
        ff.js(frame, "document.querySelector(arguments[0] + ' .lpk-rp-use').click();", section);
        ff.waitUntil(frame, "document.querySelector('" + section + "').getAttribute('data-answered') === '" + mode + "'", WAIT,
                "the upload of " + prompt);
        System.out.printf("FirefoxRecordingBrowserIT: Firefox %s %d s: %s, %d bytes, uploaded in %s ms%n", mode, seconds, type,
                size, ff.text(frame, "return document.querySelector(arguments[0]).getAttribute('data-upload-ms');", section));
        return type;
    }

    /** The teacher's page: the player loads, plays, moves to 0:02 and has data there; the store answered a Range. */
    private void playAndSeek(Firefox ff, String frame, String attempt, String player) {
        openInFrame(ff, frame, "/roleplay/assess.xhtml?attempt=" + attempt);
        String p = "document.getElementById('" + player + "')";
        ff.waitUntil(frame, p + ".readyState >= 1 || document.querySelector('.lpk-rp-cannot-play')", WAIT, player + " metadata");
        assertEquals("null", ff.text(frame, "return String(document.querySelector('.lpk-rp-cannot-play'))"),
                "Firefox must play " + player + " of " + attempt);
        String duration = ff.text(frame, "return String(" + p + ".duration)");
        // paused at the mark first (a short sound played from there would end before anyone looks), then on from it
        ff.js(frame, "const p = " + p + "; p.muted = true; await p.play(); p.pause(); p.currentTime = 1.2;");
        try {
            ff.waitUntil(frame, "!" + p + ".seeking && " + p + ".currentTime >= 1.15 && " + p + ".currentTime < 1.6 && "
                    + p + ".readyState >= 2", WAIT, player + " at 0:01 with data there (duration " + duration + ")");
            ff.js(frame, "return " + p + ".play();");
            ff.waitUntil(frame, p + ".currentTime > 1.4", WAIT, player + " playing on from 0:01");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the player: " + state(ff, frame, p), e);
        }
        System.out.printf("FirefoxRecordingBrowserIT: Firefox plays %s of %s (duration %s), seeks to 1.2 s and plays on: %s%n",
                player, attempt, duration, state(ff, frame, p));
    }

    private static String state(Firefox ff, String frame, String player) {
        return ff.text(frame, "const p = " + player + "; return 'time ' + p.currentTime + ', readyState ' + p.readyState"
                + " + ', seeking ' + p.seeking + ', ended ' + p.ended + ', error ' + (p.error && p.error.code);");
    }

    // ---- Chromium

    private String recordAndSendInChromium(ChromeDriver browser, String course, String placement) throws Exception {
        browser.get(tool.lmsBase() + "?course=" + course);
        browser.findElement(org.openqa.selenium.By.id("launch-student-6601-2")).click();
        browser.switchTo().frame("tool-frame");
        String lc = awaitChromiumLaunch(browser);
        openInChromiumFrame(browser, "/roleplay/record.xhtml?placement=" + placement + "&lc=" + lc);
        awaitChromium(browser, "document.getElementById('consent-go')", "the consent");
        browser.executeScript("document.getElementById('consent-check').click(); document.getElementById('consent-go').click();");
        awaitChromium(browser, "!document.getElementById('answering').hidden", "the prompts");
        String attempt = (String) browser.executeScript("return document.getElementById('recorder').getAttribute('data-attempt');");
        browser.executeScript("document.querySelector(\"#prompt-intro input[value='video']\").click();"
                + "document.querySelector('#prompt-intro .lpk-rp-start').click();");
        awaitChromium(browser, "!document.querySelector('#prompt-intro .lpk-rp-stop').hidden", "recording");
        Thread.sleep(4000);
        browser.executeScript("document.querySelector('#prompt-intro .lpk-rp-stop').click();");
        awaitChromium(browser, "!document.querySelector('#prompt-intro .lpk-rp-review').hidden", "the review");
        assertEquals("video/webm", browser.executeScript("return document.getElementById('prompt-intro').getAttribute('data-recorded-type');"));
        browser.executeScript("document.querySelector('#prompt-intro .lpk-rp-use').click();");
        awaitChromium(browser, "document.getElementById('prompt-intro').getAttribute('data-answered') === 'video'", "the upload");
        for (String prompt : List.of("why", "next")) {
            browser.executeScript("document.querySelector('#prompt-' + arguments[0] + \" input[value='text']\").click();"
                    + "document.getElementById('typed-' + arguments[0]).value = 'Svar i Chromium';"
                    + "document.querySelector('#prompt-' + arguments[0] + ' .lpk-rp-save-text').click();", prompt);
            awaitChromium(browser, "document.getElementById('prompt-" + prompt + "').getAttribute('data-answered') === 'text'", prompt);
        }
        for (String criterion : List.of("opening", "clear", "closing")) {
            browser.executeScript("document.getElementById('rp-status').textContent = '';"
                    + "document.querySelector(\"input[name='self-\" + arguments[0] + \"'][value='4']\").click();", criterion);
            awaitChromium(browser, "document.getElementById('rp-status').textContent === 'Gemt.'", "self " + criterion);
        }
        browser.executeScript("document.getElementById('send').click();");
        awaitChromium(browser, "document.getElementById('sent-note')", "the sent note");
        return attempt;
    }

    /** A page of the tool in the frame (the frame's cookies are the frame's: the top window has none). */
    private void openInChromiumFrame(ChromeDriver browser, String pathWithLc) {
        String target = tool.toolBase() + pathWithLc;
        browser.executeScript("window.__lpkLeaving = true; location.href = arguments[0];", target);
        awaitChromium(browser, "!window.__lpkLeaving && location.href === " + quote(target)
                + " && document.readyState === 'complete'", pathWithLc);
    }

    private static String awaitChromiumLaunch(ChromeDriver browser) {
        awaitChromium(browser, "location.href.indexOf('lc=') > 0 && document.readyState === 'complete'", "the launch");
        return LaunchContextParam.of((String) browser.executeScript("return location.href;"));
    }

    private static void chromiumPlaysAndSeeks(ChromeDriver browser, String player) {
        String p = "document.getElementById('" + player + "')";
        awaitChromium(browser, p + " && (" + p + ".readyState >= 1 || document.querySelector('.lpk-rp-cannot-play'))", player);
        assertEquals("null", String.valueOf(browser.executeScript("return String(document.querySelector('.lpk-rp-cannot-play'))")),
                "Chromium must play " + player);
        // moved to 0:01.2 and playing: it is seen there (polled every 0.1 s) before it could have played there from 0
        browser.executeScript("const p = " + p + "; p.muted = true; p.currentTime = 1.2; p.play();");
        awaitChromium(browser, "!" + p + ".seeking && " + p + ".currentTime >= 1.15 && " + p + ".currentTime < 1.6 && "
                + p + ".readyState >= 2", player + " at 0:01 with data there");
        awaitChromium(browser, p + ".currentTime > 1.4", player + " playing on from 0:01");
        System.out.println("FirefoxRecordingBrowserIT: Chromium plays " + player + ", seeks to 1.2 s and plays on: "
                + browser.executeScript("const p = " + p + "; return 'time ' + p.currentTime + ', duration ' + p.duration;"));
    }

    private static void awaitChromium(ChromeDriver browser, String condition, String what) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, WAIT, Duration.ofMillis(100))
                .withMessage(() -> "Chromium: " + what + " (" + condition + ")")
                .until(d -> Boolean.TRUE.equals(browser.executeScript("return !!(" + condition + ");")));
    }

    // ---- the tool over HTTP

    private String place(String course) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, course, "da");
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(FIRST_CALL)).statusCode());
        return DemoGradebook.of(client, tool, course).linkFor(FIRST_CALL);
    }

    private String placementOf(String link, String course, String user) throws Exception {
        return launchLink(course, link, user).launch().landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
    }

    private Person launchLink(String course, String link, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launchLink(jar, course, link, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private Person launch(String course, String user) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult result = client.launch(jar, course, user, "da", true);
        assertTrue(result.landed(), user + ": " + result.landingUrl());
        return new Person(jar, LaunchContextParam.of(result.landingUrl()), result);
    }

    private HttpResponse<String> call(Person who, String method, String path, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.toolBase() + path + "?lc=" + who.lc()))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return tus.send(request, who.jar());
    }

    private String upload(Person who, Map<String, String> metadata, byte[] bytes, int chunk) throws Exception {
        HttpResponse<String> created = tus.create(who.jar(), who.lc(), bytes.length, metadata);
        assertEquals(201, created.statusCode(), created.body());
        String at = tus.uploadUrl(created, who.lc());
        HttpResponse<String> last = null;
        for (int offset = 0; offset < bytes.length; offset += chunk) {
            last = tus.patch(who.jar(), at, offset, bytes, offset, Math.min(chunk, bytes.length - offset));
            assertEquals(204, last.statusCode(), last.body());
        }
        return last.headers().firstValue("Lpk-Media-Id").orElseThrow();
    }

    private static Map<String, String> ref(String attempt, String prompt, String mode) {
        Map<String, String> metadata = new LinkedHashMap<>(TusUploads.purpose("recording"));
        metadata.put("ref", "roleplay:" + attempt + ":" + prompt + ":" + mode);
        return metadata;
    }

    /** The type of each stored file of an attempt, as read from its bytes, sorted. */
    private static List<String> mediaOf(String attempt) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select content_type from media_item"
                     + " where reference like ? order by 1")) {
            query.setString(1, "%" + attempt + "%");
            List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
