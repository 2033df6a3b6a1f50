package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.Replaced;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The career plan's "done when" as one journey in headless Chromium (fake microphone) through the demo LMS, on
 * WildFly with PostgreSQL: the teacher places "Min karriereplan" by Deep Linking; the student drafts by text (saved
 * by itself) and by voice, and sends; the teacher opens the class and the plan, comments beside a section and asks for
 * changes; the student reads the comment beside the section, revises, sends again and sees what changed; the teacher
 * approves and the demo LMS gradebook shows 10 of 10; the plan's PDF downloads with the session and its text has the
 * plan's sentences with æ, ø and å; the student builds and publishes the profile and makes a link, a company's fresh
 * browser (no cookies) opens it, the student revokes it, and the company's browser then shows the friendly "no longer
 * shared" page (410). Screenshots of the plan and of the shared profile at a desktop's width go to the README.
 */
class CareerPlanJourneyBrowserIT extends DemoLmsEndToEnd {

    private static final String COURSE = "course-5890";
    private static final String STUDENT = "student-5890-1";
    private static final String TEACHER = "teacher-5890";
    private static final String OFFER = "career-plan:plan";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String STRENGTHS = "Jeg er god til at måle præcist. Eksempel: Jeg byggede et skur med min "
            + "bedstefar, og døren passede første gang.";
    private static final String STRENGTHS_MORE = "Jeg er også stabil og møder til tiden hver dag.";
    private static final String GOALS_SOON = "Jeg vil søge læreplads hos tre tømrerfirmaer på Fyn.";
    private static final String COMMENT = "Godt eksempel med skuret. Skriv også, hvordan du er som kollega.";
    private static final String PROFILE_STRENGTH = "Præcis og tålmodig";
    private static final String PROFILE_EXAMPLE = "Jeg byggede et skur, og døren passede første gang.";

    private ChromeDriver browser;
    private JavascriptExecutor js;
    private WebDriverWait wait;

    @Test
    void theStudentsPlanFromFirstDraftToApprovalAndTheProfileSharedAndClosed() throws Exception {
        String lms = tool.lmsBase() + "?course=" + COURSE + "&lang=da";
        browser = Chromium.withFakeCameraAndMicrophone();
        js = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try {
            // 1. The teacher places "Min karriereplan" with the demo LMS's "Vælg indhold" (Deep Linking).
            browser.get(lms);
            click("select-content");
            frame();
            WebElement offer = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-activity='" + OFFER + "']")));
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("Min karriereplan"), "the picker offers the plan");
            offer.click();
            // The choice posts, the tool's answer posts itself on to the LMS, and the LMS's course page replaces the
            // window: clicked from a timer so that no driver command waits on a frame that is being replaced.
            js.executeScript("setTimeout(function () { document.getElementById('select:send').click(); }, 0);");
            String link = awaitPlacedLink();
            awaitCoursePageAfterPlacing();

            // 2. The student drafts by text (saved by itself) and by voice, and sends.
            launch(lms, link, STUDENT);
            awaitPlanPage();
            assertEquals("Min karriereplan", browser.findElement(By.id("plan-title")).getText());
            type("strengths", STRENGTHS);
            type("goals-soon", GOALS_SOON);
            js.executeScript("document.getElementById('voice-improve').setAttribute('data-max-seconds', '2');"
                    + "document.getElementById('voice-start-improve').scrollIntoView({block: 'center'});");
            browser.findElement(By.id("voice-start-improve")).click();
            wait.until(d -> "recorded".equals(js.executeScript("return document.getElementById('voice-improve').getAttribute('data-state')")));
            browser.findElement(By.id("voice-use-improve")).click();
            WebElement player = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voice-answer-improve")));
            wait.until(d -> ((Number) js.executeScript("return arguments[0].readyState", player)).intValue() >= 1);
            assertEquals("Dit stemmesvar er gemt.", text("voice-status-improve"));
            send();
            assertEquals("Sendt til feedback", text("plan-state"));
            assertTrue(text("version-list").contains("Version 1"), text("version-list"));

            // 3. The teacher: the class shows the plan as sent; the plan has the text and the voice; a comment on
            //    the strengths and "ask for changes".
            launch(lms, link, TEACHER);
            WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#students [data-student='" + STUDENT + "']")));
            assertEquals("SENT", row.getAttribute("data-state"));
            assertEquals("Sendt til feedback", row.findElement(By.cssSelector("[data-state-of='" + STUDENT + "']")).getText());
            row.findElement(By.cssSelector("a.lpk-cp-open")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
            assertEquals(STUDENT, browser.findElement(By.id("review-title")).getAttribute("data-student"));
            assertEquals("SENT", browser.findElement(By.id("plan-state")).getAttribute("data-state"));
            assertTrue(text("section-strengths").contains(STRENGTHS), text("section-strengths"));
            assertTrue(text("section-goals-soon").contains(GOALS_SOON), text("section-goals-soon"));
            WebElement voice = browser.findElement(By.cssSelector("#section-improve audio.lpk-cp-voice"));
            wait.until(d -> ((Number) js.executeScript("return arguments[0].readyState", voice)).intValue() >= 1);
            WebElement comment = browser.findElement(By.id("comment-strengths"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", comment);
            comment.sendKeys(COMMENT);
            submitAndAwait(browser.findElement(By.cssSelector("#comment-form-strengths button[type='submit']")), "saved-note");
            assertEquals("Din kommentar er gemt. Eleven ser den ved siden af afsnittet.", text("saved-note"));
            assertTrue(browser.findElement(By.cssSelector("#section-strengths .lpk-cp-comment")).getText().contains(COMMENT));
            submitAndAwait(browser.findElement(By.id("ask-changes")), "saved-note");
            assertEquals("NEEDS_CHANGES", browser.findElement(By.id("plan-state")).getAttribute("data-state"));

            // 4. The student sees the comment beside the section, revises, sends again and compares the versions.
            launch(lms, link, STUDENT);
            awaitPlanPage();
            assertEquals("Skal rettes", text("plan-state"));
            String beside = String.valueOf(js.executeScript("return document.querySelector('#beside-strengths .lpk-cp-comment')"
                    + ".textContent.replace(/\\s+/g, ' ');"));
            assertTrue(beside.contains(COMMENT), beside);
            assertTrue(beside.contains("lærer") && beside.contains("til version 1"),
                    "signed with the role, and about the first version: " + beside);
            type("strengths", " " + STRENGTHS_MORE);
            assertEquals(STRENGTHS + " " + STRENGTHS_MORE, js.executeScript("return document.getElementById('text-strengths').value"));
            send();
            assertTrue(text("version-list").contains("Version 2"), text("version-list"));
            WebElement compare = browser.findElement(By.id("compare-2"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", compare);
            compare.click();
            wait.until(Replaced.page(compare));
            WebElement change = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("change-strengths")));
            String added = String.join(" ", change.findElements(By.tagName("ins")).stream()
                    .map(e -> String.valueOf(js.executeScript("return arguments[0].textContent", e))).toList());
            assertTrue(added.contains("stabil og møder til tiden"), "the new words are marked as added: " + added);
            assertTrue(change.findElements(By.tagName("del")).isEmpty(), "nothing was deleted: " + change.getText());
            assertTrue(text("compare-title").contains("fra version 1 til version 2"), text("compare-title"));

            // 5. The teacher approves the second version; the demo LMS gradebook shows 10 of 10.
            launch(lms, link, TEACHER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#students [data-student='" + STUDENT + "'] a.lpk-cp-open"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
            assertTrue(text("section-strengths").contains(STRENGTHS_MORE), text("section-strengths"));
            submitAndAwait(browser.findElement(By.id("approve")), "saved-note");
            assertEquals("Planen er godkendt.", text("saved-note"));
            assertEquals("APPROVED", browser.findElement(By.id("plan-state")).getAttribute("data-state"));
            DemoGradebook graded = courses.awaitGrade(COURSE, link, STUDENT);
            assertEquals(10.0, graded.grade(link, STUDENT));
            int column = ((Number) graded.lineItemOf(link).get("number")).intValue();
            browser.switchTo().defaultContent();
            browser.get(tool.lmsBase() + "/courses/" + COURSE + "/gradebook?lang=da");
            assertEquals("10", browser.findElement(By.id("grade-" + STUDENT + "-" + column)).getAttribute("data-value"));
            assertEquals("10", browser.findElement(By.cssSelector("#grade-" + STUDENT + "-" + column + " .grade")).getText());
            assertTrue(browser.findElement(By.id("column-" + column)).getText().endsWith("(10)"),
                    "out of 10: " + browser.findElement(By.id("column-" + column)).getText());

            // 6. The student's plan, approved, with the comment beside its section and the voice answer (the README's
            //    picture: the plan as the LMS shows it in a desktop's window, 1280 wide); its PDF
            //    fetched in the frame with the session, and its text has the plan's sentences.
            launch(lms, link, STUDENT);
            awaitPlanPage();
            assertEquals("Godkendt", text("plan-state"));
            assertTrue(browser.findElement(By.cssSelector("#beside-strengths .lpk-cp-comment")).getText().contains(COMMENT));
            frameShot("journey-plan", "section-improve");
            String pdfText = pdfText(download(browser.findElement(By.id("plan-pdf-da")).getAttribute("href")));
            for (String sentence : new String[] {STRENGTHS + " " + STRENGTHS_MORE, GOALS_SOON}) {
                assertTrue(pdfText.contains(sentence), "the PDF has \"" + sentence + "\": " + pdfText);
            }

            // 7. The profile: built from the plan, with a photo of the work, published, shared by a link.
            WebElement toProfile = browser.findElement(By.id("open-profile"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", toProfile);
            toProfile.click();
            wait.until(Replaced.page(toProfile));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-title")));
            assertTrue(text("profile-status").contains("ikke offentliggjort"), text("profile-status"));
            fill("profile-name", "Sara Jensen");
            fill("strength1", PROFILE_STRENGTH);
            fill("example1", PROFILE_EXAMPLE);
            fill("profile-trade", "Tømrer");
            fill("profile-area", "Fyn og Østjylland");
            fill("profile-contact", "sara@eksempel.dk");
            submitAndAwait(browser.findElement(By.id("profile-save")), "profile-done");
            assertEquals("Din profil er gemt.", done());
            Path photo = shed();
            browser.findElement(By.id("work-file")).sendKeys(photo.toString());
            WebElement upload = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-send")));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", upload);
            upload.click();
            wait.until(Replaced.page(upload));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-done")));
            assertEquals("Dit billede eller din video er med i profilen.", done());
            wait.until(d -> ((Number) js.executeScript("var i = document.getElementById('work-photo'); return i ? i.naturalWidth : 0;")).intValue() == 480);
            Files.delete(photo);
            submitAndAwait(browser.findElement(By.id("profile-publish")), "profile-done");
            assertEquals("Din profil er offentliggjort. Nu kan du dele den.", done());
            submitAndAwait(browser.findElement(By.id("link-create")), "new-link");
            String shared = browser.findElement(By.id("new-link")).getAttribute("value");
            assertTrue(shared.startsWith(tool.toolBase() + "/profile/"), shared);

            // A company's fresh browser, without any session: the profile, and not a cookie.
            ChromeDriver company = Chromium.start(false, "da-DK,da");
            try {
                company.get(shared);
                WebElement card = new WebDriverWait(company, Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-card")));
                assertTrue(card.getText().contains("Sara Jensen"), card.getText());
                assertTrue(card.getText().contains(PROFILE_STRENGTH) && card.getText().contains(PROFILE_EXAMPLE), card.getText());
                assertTrue(company.findElement(By.id("profile-seeks")).getText().contains("Tømrer"));
                new WebDriverWait(company, Duration.ofSeconds(30)).until(d -> ((Number) company.executeScript(
                        "return document.getElementById('shared-work-photo').naturalWidth")).intValue() == 480);
                assertTrue(company.manage().getCookies().isEmpty(), "no cookie: " + company.manage().getCookies());
                for (String never : new String[] {"Godt eksempel med skuret", "lc="}) {
                    assertFalse(company.getPageSource().contains(never), "not on the shared profile: " + never);
                }
                pageShot(company, "journey-profile", 2000);
                assertEquals(200, status(shared));

                // The student revokes the link; the company's page then says, kindly, that it is no longer shared.
                WebElement revoke = browser.findElement(By.cssSelector("#link-table button[id^='revoke-']"));
                js.executeScript("arguments[0].scrollIntoView({block: 'center'})", revoke);
                submitAndAwait(revoke, "profile-done");
                assertEquals("Linket er lukket. Det virker ikke mere.", done());
                company.navigate().refresh();
                WebElement closed = new WebDriverWait(company, Duration.ofSeconds(30))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("link-closed")));
                assertEquals("revoked", closed.getAttribute("data-reason"));
                assertEquals("Profilen er ikke delt længere", closed.getText());
                assertTrue(company.findElements(By.id("profile-card")).isEmpty());
                assertTrue(company.manage().getCookies().isEmpty(), "no cookie: " + company.manage().getCookies());
                assertEquals(410, status(shared));
            } finally {
                company.quit();
            }
        } finally {
            browser.quit();
        }
    }

    // ---- the demo LMS

    /** The link the teacher's choice placed, once the LMS has it (the picker's answer travels through the window). */
    private String awaitPlacedLink() throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        while (DemoGradebook.of(client, tool, COURSE).links().isEmpty()) {
            assertTrue(System.currentTimeMillis() < deadline, "the LMS did not place the link");
            Thread.sleep(250);
        }
        return DemoGradebook.of(client, tool, COURSE).linkFor(OFFER);
    }

    /** The LMS's course page, saying a link was placed, has replaced the window and finished loading. */
    private void awaitCoursePageAfterPlacing() {
        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return window.top === window.self && document.readyState === 'complete' ? location.href : '';"))
                        .contains("placed="));
    }

    /** Someone opens the placed link from the course page; the driver is then inside the tool's frame. */
    private void launch(String lms, String link, String person) {
        browser.switchTo().defaultContent();
        browser.get(lms);
        click("launch-" + link + "-" + person);
        frame();
    }

    private void frame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    // ---- the student's plan page

    /** The plan page has loaded and its script has made the fields writable. */
    private void awaitPlanPage() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("plan-title")));
        wait.until(d -> "yes".equals(js.executeScript("var p = document.getElementById('plan-page'); return p && p.getAttribute('data-ready');")));
    }

    /** Types at the end of a section's text and waits for the page to say it saved it by itself. */
    private void type(String section, String words) {
        WebElement field = browser.findElement(By.id("text-" + section));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + " arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);", field);
        js.executeScript("document.getElementById('status-' + arguments[0]).textContent = '';", section);
        field.sendKeys(words);
        wait.until(d -> text("status-" + section).startsWith("Gemt kl."));
        assertEquals("status", browser.findElement(By.id("status-" + section)).getAttribute("role"));
    }

    /** "Send til feedback": the page comes back with the new version. */
    private void send() {
        WebElement button = browser.findElement(By.id("send-button"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(Replaced.page(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sent-note")));
        awaitPlanPage();
    }

    /** Downloads a file as the page's own script would, in the frame with its session; the bytes. */
    private byte[] download(String address) {
        @SuppressWarnings("unchecked")
        Map<String, Object> got = (Map<String, Object>) js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + "  return r.arrayBuffer().then(function (b) {"
                        + "    var bytes = new Uint8Array(b), s = '';"
                        + "    for (var i = 0; i < bytes.length; i += 8192) { s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); }"
                        + "    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(s)});"
                        + "  });"
                        + "}).catch(function (e) { done({status: -1, type: String(e), body: ''}); });", address);
        assertEquals(200L, ((Number) got.get("status")).longValue(), address + ": " + got.get("type"));
        assertTrue(String.valueOf(got.get("type")).startsWith("application/pdf"), String.valueOf(got.get("type")));
        return Base64.getDecoder().decode((String) got.get("body"));
    }

    /** A photo of the student's work as a phone's file dialog hands it over: a drawn shed with its door. */
    private static Path shed() throws Exception {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xd9ecf7));
        g.fillRect(0, 0, 480, 320);
        g.setColor(new Color(0x7fb069));
        g.fillRect(0, 250, 480, 70);
        g.setColor(new Color(0xb07d48));
        g.fillRect(120, 130, 240, 130);
        g.setColor(new Color(0x6b4226));
        g.fillPolygon(new int[] {100, 240, 380}, new int[] {135, 50, 135}, 3);
        g.setColor(new Color(0x8a5a33));
        for (int x = 120; x < 360; x += 20) {
            g.drawLine(x, 130, x, 260);
        }
        g.setColor(new Color(0x4a2e19));
        g.fillRect(215, 180, 50, 80);
        g.dispose();
        Path file = Files.createTempFile("skur", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file.toRealPath();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    // ---- forms and texts

    private void fill(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Posts a form by its button; the page comes back (post, redirect, get) with this element on it. */
    private void submitAndAwait(WebElement button, String landsOn) {
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        wait.until(Replaced.page(button));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(landsOn)));
    }

    private String text(String id) {
        return String.valueOf(js.executeScript("var e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';", id));
    }

    /** What the profile page says was done (its success message, without the "Udført:" before it). */
    private String done() {
        return browser.findElement(By.cssSelector("#profile-done .lpk-message-text")).getText();
    }

    /** The shared link's status for a client without any cookie. */
    private static int status(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    // ---- screenshots for the README, at a desktop's width

    /**
     * The tool's frame as the LMS shows it in a desktop's window, stretched down to the end of one element of its page
     * (the picture stops there); called from inside the frame.
     */
    private void frameShot(String name, String endsWith) throws Exception {
        long height = (Long) js.executeScript("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + " document.documentElement.style.overflow = 'hidden';"
                + " return Math.ceil(r.bottom + window.scrollY + 16);", endsWith);
        browser.switchTo().defaultContent();
        WebElement frame = browser.findElement(By.id("tool-frame"));
        Dimension desktop = browser.manage().window().getSize();
        String before = (String) js.executeScript("var h = arguments[0].style.height; arguments[0].style.height = arguments[1] + 'px'; return h;",
                frame, height);
        browser.manage().window().setSize(new Dimension(1280, (int) height + 400));
        js.executeScript("arguments[0].scrollIntoView();", frame);
        save(name, frame.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(desktop);
        js.executeScript("arguments[0].style.height = arguments[1];", frame, before);
        frame();
        js.executeScript("document.documentElement.style.overflow = '';");
    }

    /** The whole page of a browser of its own (at most {@code max} high), 1280 wide. */
    private static void pageShot(ChromeDriver of, String name, int max) throws Exception {
        long height = (Long) of.executeScript("return document.documentElement.scrollHeight;");
        of.manage().window().setSize(new Dimension(1280, (int) Math.min(max, height)));
        // the window's outer size holds more than the page's viewport: grow it by what is still missing
        long missing = (Long) of.executeScript("return document.documentElement.scrollHeight - window.innerHeight;");
        of.manage().window().setSize(new Dimension(1280, (int) Math.min(max, height + Math.max(0, missing))));
        of.executeScript("document.documentElement.style.overflow = 'hidden';");
        save(name, of.getScreenshotAs(OutputType.BYTES));
        of.executeScript("document.documentElement.style.overflow = '';");
    }

    private static void save(String name, byte[] png) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
