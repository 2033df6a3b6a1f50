package dk.laerepladsklar.lti.core.services;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client for calls to platforms: HTTP/1.1 (no h2c upgrade on plain http), no redirects (they would carry the token). */
final class PlatformHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

    private PlatformHttp() {
    }

    static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
