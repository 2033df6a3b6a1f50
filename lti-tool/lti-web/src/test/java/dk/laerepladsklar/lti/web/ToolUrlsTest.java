package dk.laerepladsklar.lti.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ToolUrlsTest {

    private static final URI FORGED_HOST = URI.create("http://evil.example/api/");

    @Test
    void theConfiguredPublicUrlWinsOverTheRequest() {
        String configured = ToolUrls.configuredBase(" https://laerepladsklar.example.dk/ ");

        assertEquals("https://laerepladsklar.example.dk", ToolUrls.base(configured, false, FORGED_HOST));
        assertEquals("https://laerepladsklar.example.dk", ToolUrls.base(configured, true, FORGED_HOST));
    }

    @Test
    void productionNeverBuildsAUrlFromTheHostHeader() {
        assertThrows(IllegalStateException.class, () -> ToolUrls.base(null, false, FORGED_HOST));
    }

    @Test
    void devModeFallsBackToTheRequest() {
        assertEquals("http://localhost:8080", ToolUrls.base(null, true, URI.create("http://localhost:8080/api/")));
    }
}
