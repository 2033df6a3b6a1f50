package dk.laerepladsklar.it.support;

import dk.laerepladsklar.lti.demo.client.CookieJar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A tus 1.0 client as a recorder page would be one, over plain HTTP: create an upload, append chunks, ask the offset,
 * and (for the tests of lost connections) send part of a chunk and drop the connection.
 */
public final class TusUploads {

    public static final String PATH = "/api/media/uploads";
    private final String toolBase;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public TusUploads(String toolBase) {
        this.toolBase = toolBase;
    }

    /** {@code lc} null: a request without a launch context. */
    public HttpResponse<String> create(CookieJar jar, String lc, long length, Map<String, String> metadata)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(toolBase + PATH + (lc == null ? "" : "?lc=" + lc)))
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(length))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (metadata != null && !metadata.isEmpty()) {
            request.header("Upload-Metadata", metadata(metadata));
        }
        return send(request, jar);
    }

    public HttpResponse<String> send(HttpRequest.Builder request, CookieJar jar) throws IOException, InterruptedException {
        String cookies = jar == null ? null : jar.header();
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (jar != null) {
            jar.receive(response.headers());
        }
        return response;
    }

    /** A request whose answer is bytes (playback with Range). */
    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request, CookieJar jar) throws IOException, InterruptedException {
        String cookies = jar == null ? null : jar.header();
        if (cookies != null && !cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        return http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The upload's address with the launch context, from a creation's {@code Location}. */
    public String uploadUrl(HttpResponse<String> created, String lc) {
        String location = created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
                "no Location: " + created.statusCode() + " " + created.body()));
        String path = URI.create(location).getRawPath();
        return toolBase + path + "?lc=" + lc;
    }

    public HttpResponse<String> patch(CookieJar jar, String url, long offset, byte[] chunk, int from, int length)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Tus-Resumable", "1.0.0")
                .header("Upload-Offset", String.valueOf(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk, from, length)), jar);
    }

    public HttpResponse<String> head(CookieJar jar, String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Tus-Resumable", "1.0.0")
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), jar);
    }

    public long offset(CookieJar jar, String url) throws IOException, InterruptedException {
        HttpResponse<String> head = head(jar, url);
        if (head.statusCode() != 200 && head.statusCode() != 204) {
            throw new AssertionError("HEAD " + head.statusCode());
        }
        return Long.parseLong(head.headers().firstValue("Upload-Offset").orElseThrow());
    }

    /**
     * A PATCH that announces {@code announced} bytes, sends {@code sent} of them and drops the connection: a phone that
     * lost its network in the middle of a chunk.
     */
    public void patchAndDrop(CookieJar jar, String url, long offset, InputStream bytes, long announced, long sent)
            throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            String head = "PATCH " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                    + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                    + "Cookie: " + jar.header() + "\r\n"
                    + "Tus-Resumable: 1.0.0\r\n"
                    + "Upload-Offset: " + offset + "\r\n"
                    + "Content-Type: application/offset+octet-stream\r\n"
                    + "Content-Length: " + announced + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[64 * 1024];
            long left = sent;
            while (left > 0) {
                int n = bytes.read(buffer, 0, (int) Math.min(buffer.length, left));
                out.write(buffer, 0, n);
                left -= n;
            }
            out.flush();
            socket.setSoLinger(true, 0); // a reset, not a polite close: the connection is simply gone
        }
    }

    public static String metadata(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " "
                        + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }

    public static Map<String, String> purpose(String purpose) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("purpose", purpose);
        return values;
    }
}
