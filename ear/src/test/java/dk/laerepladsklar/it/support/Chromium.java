package dk.laerepladsklar.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and ChromeDriver, pointed at explicitly (nothing is downloaded). */
public final class Chromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";
    static final String HOW_TO_INSTALL = "Browser tests need Debian's Chromium and its driver: "
            + "sudo apt-get update && sudo apt-get install -y chromium chromium-driver";

    private Chromium() {
    }

    /**
     * @param blockThirdPartyCookies start the browser as Safari and soon others behave: no third-party cookies
     */
    public static ChromeDriver start(boolean blockThirdPartyCookies) throws IOException {
        return start(blockThirdPartyCookies, null);
    }

    /**
     * @param blockThirdPartyCookies start the browser as Safari and soon others behave: no third-party cookies
     * @param acceptLanguage the languages the browser asks for ({@code Accept-Language}), e.g. "en" for an English
     *                       one; null for Chromium's own default
     */
    public static ChromeDriver start(boolean blockThirdPartyCookies, String acceptLanguage) throws IOException {
        return start(blockThirdPartyCookies, acceptLanguage, false);
    }

    /**
     * A browser with a fake camera and microphone (a test pattern and a beep) that grants them without asking, for the
     * recorder's journeys.
     */
    public static ChromeDriver withFakeCameraAndMicrophone() throws IOException {
        return start(false, null, true);
    }

    private static ChromeDriver start(boolean blockThirdPartyCookies, String acceptLanguage, boolean fakeMedia)
            throws IOException {
        boolean present = new File(BROWSER).canExecute() && new File(DRIVER).canExecute();
        if (!present) {
            if (System.getenv("CI") != null) {
                Assertions.fail(HOW_TO_INSTALL);
            }
            Assumptions.abort(HOW_TO_INSTALL);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=1280,900",
                // A tab the test is not looking at must load and run its scripts at full speed (two-tab tests).
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding",
                "--disable-backgrounding-occluded-windows",
                "--user-data-dir=" + Files.createTempDirectory("lpk-chromium").toAbsolutePath(),
                // The tool's test ports move with the port offsets; some land on ports Chromium refuses (10080).
                "--explicitly-allowed-ports=" + (8080 + Integer.getInteger("lpk.test.port-offset", 100)) + ","
                        + (8080 + Integer.getInteger("lpk.test.dev-port-offset", 200)));
        if (fakeMedia) {
            options.addArguments("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                    "--autoplay-policy=no-user-gesture-required");
        }
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        if (acceptLanguage != null) {
            options.addArguments("--lang=" + acceptLanguage.split(",")[0]);
            prefs.put("intl.accept_languages", acceptLanguage);
        }
        if (blockThirdPartyCookies) {
            options.addArguments("--test-third-party-cookie-phaseout");
            prefs.put("profile.block_third_party_cookies", true);
            prefs.put("profile.cookie_controls_mode", 1);
        }
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        return new ChromeDriver(service, options);
    }
}
