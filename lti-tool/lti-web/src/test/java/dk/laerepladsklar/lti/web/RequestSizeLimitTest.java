package dk.laerepladsklar.lti.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");
    private static final Map<String, String> CHUNKED_FORM = Map.of("Content-Type", "application/x-www-form-urlencoded",
            "Transfer-Encoding", "chunked", "Accept-Language", "en");

    private final RequestSizeLimit filter = new RequestSizeLimit();
    private final AtomicReference<ServletRequest> passedOn = new AtomicReference<>();
    private final FakeRequests.Recorded answer = new FakeRequests.Recorded();

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        FakeRequests.CountingBody body = new FakeRequests.CountingBody(FakeRequests.endless());

        filter.doFilter(FakeRequests.request("POST", 5L * 1024 * 1024, FORM, null, body), answer.response,
                (request, response) -> passedOn.set(request));

        assertEquals(413, answer.status);
        assertNull(passedOn.get(), "the endpoint never saw it");
        assertEquals(0, body.read.get(), "not one byte read");
        assertTrue(answer.text().contains("REQUEST_TOO_LARGE"), answer.text());
        assertTrue(answer.text().contains("Vi kunne ikke åbne Lærepladsklar"), answer.text());
        assertTrue(answer.headers.get("content-type").startsWith("text/html"));
        assertEquals("no-store", answer.headers.get("cache-control"));
    }

    @Test
    void aDeclaredLengthAtTheLimitPassesUntouched() throws Exception {
        FakeRequests.CountingBody body = new FakeRequests.CountingBody(FakeRequests.endless());
        HttpServletRequest request = FakeRequests.request("POST", RequestSizeLimit.LIMIT, FORM, null, body);

        filter.doFilter(request, answer.response, (r, response) -> passedOn.set(r));

        assertSame(request, passedOn.get(), "the container reads at most Content-Length bytes itself");
        assertEquals(0, body.read.get());
        assertEquals(200, answer.status);
    }

    @Test
    void aChunkedBodyIsReadOnlyUpToTheLimitAndThenRefused() throws Exception {
        FakeRequests.CountingBody body = new FakeRequests.CountingBody(FakeRequests.endless());

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> filter.doFilter(
                FakeRequests.request("POST", -1, CHUNKED_FORM, null, body), answer.response, (r, response) -> passedOn.set(r)));

        assertEquals(413, answer.status);
        assertNull(passedOn.get());
        assertEquals(RequestSizeLimit.LIMIT + 1, body.read.get(), "one byte past the limit tells, no more is read");
        assertTrue(answer.text().contains("Far more data came with the request than Lærepladsklar accepts"), answer.text());
    }

    @Test
    void aSmallChunkedFormIsHandedOnWithItsFieldsAndBytes() throws Exception {
        String form = "iss=https%3A%2F%2Fmoodle.skole.dk&login_hint=2&lti_message_hint=%7B%22cmid%22%3A%2212%22%7D&name=%C3%A6%C3%B8&x&x=2";
        byte[] bytes = form.getBytes(StandardCharsets.US_ASCII);

        filter.doFilter(FakeRequests.request("POST", -1, CHUNKED_FORM, "client_id=abc&x=0", new ByteArrayInputStream(bytes)),
                answer.response, (r, response) -> passedOn.set(r));

        HttpServletRequest seen = (HttpServletRequest) passedOn.get();
        assertEquals("https://moodle.skole.dk", seen.getParameter("iss"));
        assertEquals("{\"cmid\":\"12\"}", seen.getParameter("lti_message_hint"));
        assertEquals("æø", seen.getParameter("name"));
        assertEquals("abc", seen.getParameter("client_id"), "the query's parameters are there too");
        assertEquals(List.of("0", "", "2"), List.of(seen.getParameterValues("x")), "query first, then the body, in order");
        assertEquals(bytes.length, seen.getContentLengthLong());
        assertArrayEquals(bytes, seen.getInputStream().readAllBytes());
        assertTrue(seen.getParameterMap().containsKey("login_hint"));
    }

    @Test
    void aGetWithoutABodyPassesUntouched() throws Exception {
        FakeRequests.CountingBody body = new FakeRequests.CountingBody(FakeRequests.endless());
        HttpServletRequest request = FakeRequests.request("GET", -1, Map.of(), "iss=x", body);

        filter.doFilter(request, answer.response, (r, response) -> passedOn.set(r));

        assertSame(request, passedOn.get());
        assertEquals(0, body.read.get());
    }

    @Test
    void thousandsOfRepeatedFieldsCostLinearTime() throws Exception {
        byte[] bytes = "a=1&".repeat(RequestSizeLimit.LIMIT / 4).getBytes(StandardCharsets.US_ASCII);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            filter.doFilter(FakeRequests.request("POST", -1, CHUNKED_FORM, null, new ByteArrayInputStream(bytes)),
                    answer.response, (r, response) -> passedOn.set(r));
            assertEquals(RequestSizeLimit.LIMIT / 4, ((HttpServletRequest) passedOn.get()).getParameterValues("a").length);
        });
    }
}
