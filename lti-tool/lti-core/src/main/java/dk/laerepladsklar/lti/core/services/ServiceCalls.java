package dk.laerepladsklar.lti.core.services;

import dk.laerepladsklar.lti.api.PlatformId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One call to a platform service with a Bearer token for one scope. A 401 drops the token and the call is
 * made once more with a new one; whatever the platform answers then is the caller's to interpret.
 */
@ApplicationScoped
public class ServiceCalls {

    @Inject
    AccessTokens tokens;

    HttpClient http = PlatformHttp.newClient(PlatformHttp.CONNECT_TIMEOUT);
    Duration timeout = PlatformHttp.REQUEST_TIMEOUT;

    /**
     * @param request the request without authorization; asked for again when the call is repeated
     * @throws TokenUnavailable when no token could be had
     * @throws IOException      when the platform could not be reached or did not answer in time
     */
    public HttpResponse<String> send(PlatformId platform, String scope, Supplier<HttpRequest.Builder> request)
            throws TokenUnavailable, IOException, InterruptedException {
        Set<String> scopes = Set.of(scope);
        AccessToken token = tokens.token(platform, scopes);
        HttpResponse<String> response = http.send(authorized(request.get(), token), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            tokens.invalidate(platform, scopes, token);
            token = tokens.token(platform, scopes);
            response = http.send(authorized(request.get(), token), HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }

    private HttpRequest authorized(HttpRequest.Builder request, AccessToken token) {
        return request.timeout(timeout).header("Authorization", "Bearer " + token.value()).build();
    }
}
