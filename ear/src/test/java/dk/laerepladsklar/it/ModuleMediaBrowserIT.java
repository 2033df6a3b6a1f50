package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.pages.CourseTab;
import dk.laerepladsklar.it.pages.ModulePlayerFrame;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In headless Chromium with a fake microphone, on a phone's width: a student answers a reflection by voice (the
 * recorder driven by the keyboard, stopped by its time limit), adds a photo from a file to "show your work", finishes
 * the module, and the teacher plays the voice answer (seeking) and sees the photo on the module's overview. The clear
 * messages for a refused microphone and a missing one are checked on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModuleMediaBrowserIT {

    private static final String MODULE = "teaching-module:personal-branding";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void aStudentAnswersByVoiceAndShowsAPhotoAndTheTeacherPlaysAndSeesThem() throws Exception {
        ToolUnderTest tool = ToolUnderTest.at(url);
        String lms = tool.lmsBase() + "?course=course-6306&lang=da";
        Path photo = png();
        ChromeDriver browser = Chromium.withFakeCameraAndMicrophone();
        JavascriptExecutor js = browser;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        try {
            CourseTab.inThisTab(browser, lms).launch("launch-teacher", "choose-section").chooseActivity(MODULE, "overview-title");
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            CourseTab.inThisTab(browser, lms).launch("launch-student-6306-1", "step-title");
            wait.withMessage(() -> "status: " + js.executeScript("var s = document.getElementById('voice-status') "
                    + "|| document.getElementById('work-status'); return s ? s.textContent : '(none)';"));

            // The reflection: first the clear words when the microphone is refused or missing.
            go(browser, wait, stepLink(browser, "my-strengths"), "voice-start");
            assertTrue(browser.findElement(By.id("voice-start")).getText().contains("Svar med din stemme"));
            assertNoSidewaysScroll(js, "the reflection step with the recorder");
            for (String[] refusal : List.of(new String[] {"NotAllowedError", "Du har ikke givet lov til at bruge mikrofonen"},
                    new String[] {"NotFoundError", "Vi kan ikke finde en mikrofon"})) {
                js.executeScript("navigator.mediaDevices.__real = navigator.mediaDevices.__real || navigator.mediaDevices.getUserMedia;"
                        + "navigator.mediaDevices.getUserMedia = function () { return Promise.reject(new DOMException('no', arguments[0])); };"
                        .replace("arguments[0]", "'" + refusal[0] + "'"));
                browser.findElement(By.id("voice-start")).click();
                wait.until(d -> text(js, "voice-status").contains(refusal[1]));
            }
            js.executeScript("navigator.mediaDevices.getUserMedia = navigator.mediaDevices.__real;");

            // Then a real recording with the keyboard: Enter starts it (3-2-1), the time limit (shortened to 2 s here)
            // stops it, the focus lands on "Gem optagelsen", the student listens and Enter sends it.
            js.executeScript("document.getElementById('voice-recorder').setAttribute('data-max-seconds', '2');"
                    + "document.getElementById('voice-start').focus();");
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            wait.until(d -> "3".equals(text(js, "voice-status")) || "recording".equals(state(js, "voice-recorder")));
            wait.until(d -> "recorded".equals(state(js, "voice-recorder")));
            shot(browser, "media-voice-recorded-phone");
            assertTrue(text(js, "voice-status").contains("Tiden er gået"), text(js, "voice-status"));
            assertEquals("voice-use", js.executeScript("return document.activeElement.id"), "the focus is on Gem optagelsen");
            js.executeScript("var a = document.querySelector('#voice-recorder [data-role=playback] audio'); a.muted = true; a.play();");
            wait.until(d -> ((Number) js.executeScript("return document.querySelector('#voice-recorder [data-role=playback] audio')"
                    + ".currentTime")).doubleValue() > 0.2);
            js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');");
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            awaitNewPage(js, wait, "voice-answer");
            assertTrue(text(js, "messages").contains("Dit stemmesvar er gemt."), text(js, "messages"));
            assertTrue((Boolean) js.executeScript("return document.getElementById('main').contains(document.activeElement);"),
                    "back on the step, the keyboard starts in the page's content, not on the body");
            wait.until(d -> ((Number) js.executeScript("return document.getElementById('voice-answer').readyState")).intValue() >= 1);
            assertTrue(text(js, "reflection-saved").contains("Dit svar er gemt"), "a voice answer answers the reflection");
            shot(browser, "media-voice-saved-phone");

            // Show your work: a photo from a file, checked, previewed, sent; then a caption.
            go(browser, wait, stepLink(browser, "show-your-work"), "work-file");
            assertNoSidewaysScroll(js, "the show-your-work step");
            browser.findElement(By.id("work-file")).sendKeys(photo.toString());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("work-send")));
            assertTrue((Boolean) js.executeScript("return document.querySelector('#work-picker [data-role=preview] img') !== null"));
            js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');");
            browser.findElement(By.id("work-send")).click();
            awaitNewPage(js, wait, "work-photo");
            assertTrue(text(js, "messages").contains("Tak! Vi har fået dit arbejde."), text(js, "messages"));
            wait.until(d -> ((Number) js.executeScript("return document.getElementById('work-photo').naturalWidth")).intValue() == 64);
            browser.findElement(By.id("work-caption")).sendKeys("Min første skammel");
            js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes');");
            browser.findElement(By.id("save-caption")).click();
            awaitNewPage(js, wait, "work-caption");
            assertEquals("Min første skammel", browser.findElement(By.id("work-caption")).getAttribute("value"));
            assertNoSidewaysScroll(js, "the shown work");
            shot(browser, "media-work-shown-phone");

            // The rest of the module, as any student: it ends completed.
            go(browser, wait, stepLink(browser, "first-impression"), "step-title");
            String score = new ModulePlayerFrame(browser).completeAnswering("b", "Jeg er stabil, hjælpsom og nysgerrig.");
            assertTrue(score.contains("af 100"), score);
            assertTrue((Boolean) js.executeScript("return document.getElementById('completed') !== null"));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

            // The teacher: the overview plays the voice answer (and seeks) and shows the photo with its caption.
            CourseTab.inThisTab(browser, lms).launch("launch-teacher", "overview-title");
            String voice = "document.querySelector('audio[id^=\"voice-\"][id$=\"-my-strengths\"]')";
            wait.until(d -> ((Number) js.executeScript("var a = " + voice + "; return a ? a.readyState : -1;")).intValue() >= 1);
            js.executeScript("var a = " + voice + "; a.muted = true; a.play(); a.currentTime = 1;");
            wait.until(d -> ((Number) js.executeScript("return " + voice + ".currentTime")).doubleValue() >= 0.9);
            List<?> statuses = (List<?>) js.executeScript("return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.indexOf('/api/media/items/') >= 0).map(e => e.responseStatus || 0);");
            assertTrue(statuses.contains(206L), "the store answered a Range request: " + statuses);
            wait.until(d -> ((Number) js.executeScript("var i = document.querySelector('figure[id$=\"-show-your-work\"] img');"
                    + " return i ? i.naturalWidth : 0;")).intValue() == 64);
            assertTrue(((String) js.executeScript("return document.querySelector('figure[id$=\"-show-your-work\"]').textContent"))
                    .contains("Min første skammel"));
            js.executeScript("document.querySelector('audio[id^=\"voice-\"]').scrollIntoView();");
            shot(browser, "media-teacher-overview");
        } finally {
            browser.quit();
            Files.deleteIfExists(photo);
        }
    }

    /** The whole tool page in the frame, as it is now, for a person to look at. */
    private static void shot(ChromeDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** A small PNG, as a phone's camera or a file dialog would hand over. */
    private static Path png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b6e4f));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.fillRect(16, 12, 32, 24);
        g.dispose();
        Path file = Files.createTempFile("skammel", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String stepLink(ChromeDriver browser, String step) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('step-link-' + arguments[0]).href;", step);
    }

    private static void go(ChromeDriver browser, WebDriverWait wait, String address, String landsOn) {
        JavascriptExecutor js = browser;
        js.executeScript("document.documentElement.setAttribute('data-lpk-left', 'yes'); location.href = arguments[0];", address);
        awaitNewPage(js, wait, landsOn);
    }

    /** Waits for the next document (the old one was marked) to have loaded with this element. */
    private static void awaitNewPage(JavascriptExecutor js, WebDriverWait wait, String landsOn) {
        wait.until(d -> (Boolean) js.executeScript("return !document.documentElement.hasAttribute('data-lpk-left')"
                + " && document.readyState === 'complete' && document.getElementById(arguments[0]) !== null;", landsOn));
    }

    private static String text(JavascriptExecutor js, String id) {
        return (String) js.executeScript("var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : '';", id);
    }

    private static String state(JavascriptExecutor js, String id) {
        return (String) js.executeScript("return document.getElementById(arguments[0]).getAttribute('data-state');", id);
    }

    private static void assertNoSidewaysScroll(JavascriptExecutor js, String where) {
        assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                where + " scrolls sideways on a phone");
    }
}
