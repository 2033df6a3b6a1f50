package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.ToolUnderTest;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No stack trace, exception class or server internals ever reach a browser: a made-up Faces view state (posted as
 * a page and as ajax) and a request that throws inside Faces all end on the friendly incident page, in Danish or
 * English, with an incident id that the server log has with the whole exception.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentPageIT {

    private static final Pattern INCIDENT = Pattern.compile("<code id=\"incident\">([0-9A-Z]{4}-[0-9A-Z]{4})</code>");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION = Pattern.compile("LPKSESSION=([^;]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private final HttpClient http = HttpClient.newHttpClient();
    private String page;
    private String session;

    @BeforeEach
    void openTheAdminPage() throws Exception {
        String tool = ToolUnderTest.at(url).toolBase();
        page = tool + "/admin/platforms.xhtml";
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher cookie = SESSION.matcher(String.join(";", first.headers().allValues("set-cookie")));
        assertTrue(cookie.find(), first.headers().toString());
        session = cookie.group(1);
        assertTrue(VIEW_STATE.matcher(first.body()).find(), "a stateful form to post to");
    }

    @Test
    void aMadeUpViewStateGetsTheFriendlyPageWithAnIncidentId() throws Exception {
        HttpResponse<String> answer = post(Map.of("jakarta.faces.ViewState", "-4711:1234567890"), "da", false);

        assertFriendly(answer, "da", "Siden er udløbet");
        String id = incident(answer.body());
        assertTrue(ServerLog.text().contains("PAGE_EXPIRED incident " + id), "the id is in the log");
    }

    @Test
    void aRequestThatThrowsInsideFacesGetsTheFriendlyPageAndTheLogGetsTheTrace() throws Exception {
        // "stateless" on a stateful page: Faces cannot restore the view and throws (not an expiry).
        HttpResponse<String> answer = post(Map.of("jakarta.faces.ViewState", "stateless"), "da", false);

        assertEquals(500, answer.statusCode());
        assertFriendly(answer, "da", "Noget gik galt");
        String id = incident(answer.body());
        String logged = ServerLog.entry("INCIDENT " + id, 12);
        assertTrue(logged.contains("ERROR"), "logged at ERROR: " + logged);
        assertTrue(logged.contains("Exception") && logged.contains("\tat "), "with the exception and its trace: " + logged);
    }

    @Test
    void inEnglishForABrowserThatAsksForEnglish() throws Exception {
        HttpResponse<String> answer = post(Map.of("jakarta.faces.ViewState", "stateless"), "en-GB,en;q=0.8", false);

        assertFriendly(answer, "en", "Something went wrong");
        assertTrue(answer.body().contains("Code for the IT department:"), answer.body());
    }

    @Test
    void aFailedAjaxRequestIsSentToTheFriendlyPageAndNamesNoException() throws Exception {
        for (String viewState : new String[] {"stateless", "-4711:1234567890"}) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "signin:go");
            form.put("jakarta.faces.partial.execute", "@all");
            form.put("jakarta.faces.ViewState", viewState);
            HttpResponse<String> partial = post(form, "da", true);

            assertFalse(partial.body().contains("Exception"), partial.body());
            assertFalse(partial.body().contains("<error>"), partial.body());
            Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(partial.body());
            assertTrue(redirect.find(), partial.body());
            HttpResponse<String> landed = http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.at(url).toolBase()
                    + redirect.group(1).replace("&amp;", "&"))).header("Accept-Language", "da").build(), HttpResponse.BodyHandlers.ofString());
            assertFriendly(landed, "da", "-4711:1234567890".equals(viewState) ? "Siden er udløbet" : "Noget gik galt");
            assertTrue(redirect.group(1).contains(incident(landed.body())), "the page shows the logged incident");
        }
    }

    @Test
    void theIncidentPageReflectsNothingFromTheUrl() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(ToolUnderTest.at(url).toolBase()
                + "/error?incident=%3Cscript%3Ealert(1)%3C/script%3E")).build(), HttpResponse.BodyHandlers.ofString());

        assertFalse(answer.body().contains("<script>"), answer.body());
        assertFalse(answer.body().toLowerCase().contains("alert(1)"), answer.body());
        incident(answer.body());
    }

    private HttpResponse<String> post(Map<String, String> fields, String language, boolean ajax) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signin", "signin");
        form.put("signin:token", "guess");
        if (!ajax) {
            form.put("signin:go", "Log ind");
        }
        form.putAll(fields);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "LPKSESSION=" + session)
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertFriendly(HttpResponse<String> answer, String language, String title) {
        String body = answer.body();
        assertTrue(body.contains("<html lang=\"" + language + "\">"), body);
        assertTrue(body.contains("<h1 id=\"incident-title\">" + title + "</h1>"), body);
        for (String leak : new String[] {"at org.", "at java.", "at jakarta.", "at io.undertow", "Exception", "Error processing request",
                "jakarta.faces", "com.sun.faces", "ViewState", "Caused by"}) {
            assertFalse(body.contains(leak), "the page shows '" + leak + "': " + body);
        }
        assertEquals("no-store", answer.headers().firstValue("cache-control").orElse(""));
    }

    private static String incident(String body) {
        Matcher id = INCIDENT.matcher(body);
        assertTrue(id.find(), "an incident id on the page: " + body);
        return id.group(1);
    }
}
