package dk.laerepladsklar.lti.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrowserContextTest {

    private static final String TOOL = "https://laerepladsklar.example.dk";

    @Test
    void theBrowsersFetchMetadataDecides() {
        assertTrue(posted(Map.of("Sec-Fetch-Site", "same-origin")));
        assertTrue(posted(Map.of("Sec-Fetch-Site", "Same-Origin", "Origin", "null")), "Origin: null does not matter then");
        assertFalse(posted(Map.of("Sec-Fetch-Site", "cross-site")));
        assertFalse(posted(Map.of("Sec-Fetch-Site", "same-site")), "a sibling subdomain is another origin");
        assertFalse(posted(Map.of("Sec-Fetch-Site", "none")));
        assertFalse(posted(Map.of("Sec-Fetch-Site", "cross-site", "Origin", TOOL)), "fetch metadata outranks Origin");
    }

    @Test
    void withoutFetchMetadataTheOriginMustBeTheToolsOwn() {
        assertTrue(posted(Map.of("Origin", TOOL)));
        assertTrue(posted(Map.of("Origin", "https://LaerepladsKlar.example.dk:443")), "one origin, two spellings");
        assertFalse(posted(Map.of("Origin", "https://attacker.example")));
        assertFalse(posted(Map.of("Origin", "http://laerepladsklar.example.dk")), "another scheme is another origin");
        assertFalse(posted(Map.of("Origin", "https://laerepladsklar.example.dk.attacker.example")));
        assertFalse(posted(Map.of("Origin", "null")));
        assertFalse(posted(Map.of()), "a post that says nothing is not the tool's own");
    }

    private static boolean posted(Map<String, String> headers) {
        HttpServletRequest request = FakeRequests.request("POST", 10, headers, null, InputStream.nullInputStream());
        return BrowserContext.postedByToolPage(request, TOOL);
    }
}
