package dk.laerepladsklar.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tool's admin API as an IT admin's script calls it, with the test installation's admin token. */
public final class AdminApi {

    public static final String TOKEN = "it-admin-token";

    private final String toolBase;
    private final HttpClient http = HttpClient.newHttpClient();

    private AdminApi(String toolBase) {
        this.toolBase = toolBase;
    }

    public static AdminApi of(ToolUnderTest tool) {
        return new AdminApi(tool.toolBase());
    }

    public HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, TOKEN);
    }

    public HttpResponse<String> send(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(toolBase + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Switches open registration (dev mode only) and says whether the tool took it. */
    public void openRegistration(boolean open) throws IOException, InterruptedException {
        HttpResponse<String> answer = send("PUT", "/api/admin/open-registration", "{\"open\": " + open + "}");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Open registration not switched: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** Creates an invitation and returns the registration URL the school would paste. */
    public String invite(String school) throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", "/api/admin/invitations", "{\"school\": \"" + school + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("No invitation: " + created.statusCode() + " " + created.body());
        }
        return field(created.body(), "url");
    }

    /** A string field of a flat JSON answer (enough for these tests; values hold no quotes). */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The JSON object of one platform in the platform list, found by client id. */
    public String platform(String clientId) throws IOException, InterruptedException {
        String list = send("GET", "/api/admin/platforms", null).body();
        int at = list.indexOf("\"client_id\":\"" + clientId + "\"");
        if (at < 0) {
            return null;
        }
        int start = list.lastIndexOf('{', at);
        int end = list.indexOf('}', at);
        return list.substring(start, end + 1);
    }
}
