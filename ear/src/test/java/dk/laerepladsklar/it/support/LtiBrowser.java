package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser between a platform and the tool: it posts the platform's login initiation to the tool, reads
 * state and nonce from the redirect the tool answers with (without following it), keeps the tool's
 * cookies, and posts an id_token and state back to the tool's launch endpoint.
 */
public final class LtiBrowser {

    private static final Pattern REASON = Pattern.compile("<code id=\"reason\">([A-Z_]+)</code>");

    private final String toolBase;
    private final DemoLaunchClient http;

    private LtiBrowser(String toolBase) {
        this.toolBase = toolBase;
        this.http = new DemoLaunchClient(DemoLaunchClient.newHttpClient(), toolBase);
    }

    public static LtiBrowser at(URL deploymentUrl) {
        return new LtiBrowser(ToolUnderTest.at(deploymentUrl).toolBase());
    }

    /**
     * A login the tool started for this browser.
     *
     * @param authenticationRequest where the tool sent the browser: the platform's auth endpoint with the parameters
     * @param cookies               this browser's cookies, including the tool's {@code lpk_login_*} cookie
     */
    public record Login(String state, String nonce, Map<String, String> authenticationRequest, CookieJar cookies) {
    }

    /** Moodle's form POST login initiation (login_hint is the Moodle user id). */
    public Login login(TestPlatform platform, String loginHint) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", platform.issuer());
        form.put("target_link_uri", toolBase + "/api/lti/launch");
        form.put("login_hint", loginHint);
        form.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"ltilaunch1_" + loginHint + "\"}");
        form.put("client_id", platform.clientId());
        form.put("lti_deployment_id", platform.deploymentId());
        CookieJar cookies = new CookieJar();
        HttpResponse<String> response = http.post(toolBase + "/api/lti/login", HtmlForm.encode(form), cookies);
        String location = DemoLaunchClient.authUrlFrom(response);
        if (location == null) {
            throw new IllegalStateException("The login initiation answered " + response.statusCode() + ": " + response.body());
        }
        if (!location.startsWith(platform.authUrl() + "?")) {
            throw new IllegalStateException("The tool did not redirect to the platform's auth endpoint: " + location);
        }
        Map<String, String> query = query(location);
        return new Login(query.get("state"), query.get("nonce"), query, cookies);
    }

    public Login login(TestPlatform platform) throws IOException, InterruptedException {
        return login(platform, "5");
    }

    /** Posts the id_token and the login's state with the login's cookies, and follows the tool to its landing page. */
    public LaunchResult launch(Login login, String idToken) throws IOException, InterruptedException {
        return post(idToken, login.state(), login.cookies());
    }

    /** Posts an id_token and a state as the platform's auto-submitting form would, from a browser with these cookies. */
    public LaunchResult post(String idToken, String state, CookieJar cookies) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", state);
        return http.postLaunch(cookies, new HtmlForm(toolBase + "/api/lti/launch", fields));
    }

    public HttpResponse<String> get(String path, CookieJar cookies) throws IOException, InterruptedException {
        return http.get(toolBase + path, cookies);
    }

    /** The symbolic reason on the tool's failure page, or null if the page shows none. */
    public static String reason(LaunchResult result) {
        Matcher matcher = REASON.matcher(result.body());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
