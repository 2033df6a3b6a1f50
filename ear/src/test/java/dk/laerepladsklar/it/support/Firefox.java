package dk.laerepladsklar.it.support;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Firefox ESR ({@code /usr/bin/firefox-esr}), headless, driven over WebDriver BiDi ({@link BiDi}) on its own
 * {@code --remote-debugging-port}: no geckodriver (Debian has none, and nothing can be downloaded). A fresh profile
 * per browser; {@link #withFakeCameraAndMicrophone()} gives Firefox's fake camera (a colour pattern) and microphone (a
 * tone), granted without asking, and lets muted and unmuted media play without a gesture.
 * <p>
 * Missing Firefox fails the test with how to install it; {@code -Dlpk.test.firefox=skip} skips it instead (for a
 * machine that cannot have it). Pages are worked with small scripts per look, as the Chromium tests do: {@link #js}
 * runs a function body in a browsing context (a tab, or an iframe's context from {@link #frame}) and returns its
 * value; {@link #waitUntil} polls a condition until it holds.
 */
public final class Firefox implements AutoCloseable {

    static final String BROWSER = "/usr/bin/firefox-esr";
    /** {@code -Dlpk.test.firefox=skip} skips the Firefox tests on a machine without Firefox; anything else requires it. */
    public static final String SKIP_PROPERTY = "lpk.test.firefox";
    static final String HOW_TO_INSTALL = "The Firefox browser tests need Debian's Firefox ESR at " + BROWSER
            + ": sudo apt-get update && sudo apt-get install -y firefox-esr (.ci/run does this). To skip these tests on"
            + " a machine without it, run with -D" + SKIP_PROPERTY + "=skip.";
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Process process;
    private final Path profile;
    private final BiDi bidi;

    private Firefox(Process process, Path profile, BiDi bidi) {
        this.process = process;
        this.profile = profile;
        this.bidi = bidi;
    }

    /** Fails (or, with {@code -Dlpk.test.firefox=skip}, skips) the test when Firefox is not installed. */
    public static void require() {
        if (new File(BROWSER).canExecute()) {
            return;
        }
        if ("skip".equals(System.getProperty(SKIP_PROPERTY))) {
            Assumptions.abort("Firefox tests skipped (-D" + SKIP_PROPERTY + "=skip): " + BROWSER + " is not installed");
        }
        Assertions.fail(HOW_TO_INSTALL);
    }

    /** Firefox with the fake camera and microphone, granted without asking. */
    public static Firefox withFakeCameraAndMicrophone() throws IOException {
        return withFakeCameraAndMicrophone(Map.of());
    }

    /**
     * @param extraPrefs further preferences, e.g. {@code media.ffmpeg.enabled=false} for a Firefox without the system's
     *                   H.264 and AAC decoders
     */
    public static Firefox withFakeCameraAndMicrophone(Map<String, Object> extraPrefs) throws IOException {
        require();
        Map<String, Object> prefs = new LinkedHashMap<>();
        prefs.put("media.navigator.streams.fake", true);
        prefs.put("media.navigator.permission.disabled", true);
        prefs.put("media.autoplay.default", 0); // allow audible autoplay: no one clicks play in a test
        prefs.put("media.autoplay.blocking_policy", 0);
        prefs.put("browser.shell.checkDefaultBrowser", false);
        prefs.put("datareporting.policy.dataSubmissionEnabled", false);
        prefs.put("toolkit.telemetry.reportingpolicy.firstRun", false);
        // The tool's test ports move with the port offsets; let none be refused as a "banned" port.
        prefs.put("network.security.ports.banned.override", (8080 + Integer.getInteger("lpk.test.port-offset", 100))
                + "," + (8080 + Integer.getInteger("lpk.test.dev-port-offset", 200)));
        prefs.putAll(extraPrefs);
        return start(prefs);
    }

    private static Firefox start(Map<String, Object> prefs) throws IOException {
        Path profile = Files.createTempDirectory("lpk-firefox");
        StringBuilder userJs = new StringBuilder();
        prefs.forEach((name, value) -> userJs.append("user_pref(\"").append(name).append("\", ")
                .append(value instanceof String s ? "\"" + s + "\"" : String.valueOf(value)).append(");\n"));
        Files.writeString(profile.resolve("user.js"), userJs, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(BROWSER, "-headless", "--no-remote", "--profile", profile.toString(),
                "--remote-debugging-port=0", "--width=1280", "--height=900", "about:blank")
                .redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(new IOException("Firefox ended: " + output));
        }, "firefox-output");
        reader.setDaemon(true);
        reader.start();
        try {
            String ws = endpoint.get(60, TimeUnit.SECONDS);
            BiDi bidi = BiDi.connect(URI.create(ws + "/session"));
            return new Firefox(process, profile, bidi);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("Firefox did not start WebDriver BiDi: " + e + " " + output, e);
        }
    }

    /** The first tab's browsing context. */
    @SuppressWarnings("unchecked")
    public String tab() {
        List<Map<String, Object>> contexts = (List<Map<String, Object>>) bidi.send("browsingContext.getTree",
                Map.of("maxDepth", 0)).get("contexts");
        return (String) contexts.get(0).get("context");
    }

    /** The browsing context of the page's first iframe (it keeps its id across the frame's navigations). */
    @SuppressWarnings("unchecked")
    public String frame(String context) {
        List<Map<String, Object>> contexts = (List<Map<String, Object>>) bidi.send("browsingContext.getTree",
                Map.of("root", context, "maxDepth", 1)).get("contexts");
        List<Map<String, Object>> children = (List<Map<String, Object>>) contexts.get(0).get("children");
        if (children == null || children.isEmpty()) {
            throw new AssertionError("no iframe in " + js(context, "return location.href"));
        }
        return (String) children.get(0).get("context");
    }

    /** Loads a page and waits for its load event. */
    public void navigate(String context, String url) {
        bidi.send("browsingContext.navigate", Map.of("context", context, "url", url, "wait", "complete"));
    }

    /**
     * Runs {@code body} as the body of a function in the context, as if the user had just clicked (a user activation,
     * so {@code play()} and the like are allowed), awaiting a returned promise.
     *
     * @param args strings, numbers and booleans, the function's {@code arguments}
     * @return its value as a Java value ({@link BiDi#value})
     */
    @SuppressWarnings("unchecked")
    public Object js(String context, String body, Object... args) {
        List<Map<String, Object>> arguments = new ArrayList<>();
        for (Object arg : args) {
            arguments.add(Map.of("type", arg instanceof String ? "string" : arg instanceof Boolean ? "boolean" : "number",
                    "value", arg));
        }
        Map<String, Object> result = bidi.send("script.callFunction", Map.of(
                "functionDeclaration", "async function () {\n" + body + "\n}",
                "arguments", arguments,
                "target", Map.of("context", context),
                "awaitPromise", true,
                "userActivation", true,
                "resultOwnership", "none"));
        if ("exception".equals(result.get("type"))) {
            Map<String, Object> details = (Map<String, Object>) result.get("exceptionDetails");
            throw new AssertionError("script failed: " + details.get("text") + "\n" + body);
        }
        return BiDi.value(result.get("result"));
    }

    /** {@link #js} as a string (null stays null). */
    public String text(String context, String body, Object... args) {
        Object value = js(context, body, args);
        return value == null ? null : String.valueOf(value);
    }

    /** {@link #js} as a number. */
    public double number(String context, String body, Object... args) {
        return ((Number) js(context, body, args)).doubleValue();
    }

    /**
     * Waits until {@code condition} (an expression) is true in the context, polling; a page that is being replaced
     * meanwhile is simply asked again. Fails with {@code what}, the last answer and the console log.
     */
    public void waitUntil(String context, String condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(js(context, "return !!(" + condition + ");"))) {
                    return;
                }
                last = "false";
            } catch (AssertionError | BiDi.BiDiException e) {
                last = e.getMessage(); // the document is being replaced: ask the new one
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("Firefox: timed out after " + timeout.toSeconds() + " s waiting for " + what
                + " (" + condition + " → " + last + "); console: " + bidi.log());
    }

    /** Saves a PNG of the tab in {@code target/screenshots/}. */
    public Path screenshot(String context, String name) throws IOException {
        String data = (String) bidi.send("browsingContext.captureScreenshot", Map.of("context", context)).get("data");
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, Base64.getDecoder().decode(data));
        return file;
    }

    /** The console and error log of every page so far. */
    public List<String> log() {
        return bidi.log();
    }

    /** The browser's version, e.g. "153.8.0esr". */
    public String version() {
        return String.valueOf(bidi.capabilities().get("browserVersion"));
    }

    @Override
    public void close() {
        try {
            bidi.send("browser.close", Map.of());
        } catch (RuntimeException e) {
            // already gone
        }
        bidi.close();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
