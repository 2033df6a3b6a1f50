package dk.laerepladsklar.lti.core.services;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable;
import dk.laerepladsklar.lti.core.registration.Platform;
import dk.laerepladsklar.lti.core.registration.PlatformOrigins;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One call to a platform service with a Bearer token for one scope. A 401 drops the token and the call is
 * made once more with a new one; whatever the platform answers then is the caller's to interpret.
 * The URLs come from launches (line items, memberships, the next roster page), so a call is made only to
 * the platform's registered origins ({@link PlatformOrigins}): a launch cannot send the tool, with a token,
 * anywhere else.
 */
@ApplicationScoped
public class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    @Inject
    AccessTokens tokens;
    @Inject
    Registrations registrations;

    PlatformHttp http = PlatformHttp.forInstallation();
    Duration timeout = PlatformHttp.REQUEST_TIMEOUT;

    /**
     * @param request the request without authorization; asked for again when the call is repeated
     * @throws TokenUnavailable when no token could be had
     * @throws PlatformUnreachable when the URL is not on the platform's origins ({@code SERVICE_URL_OFF_ORIGIN},
     *                             before any token is asked for), or the call was refused or failed on the way
     * @throws IOException      when the platform could not be reached or did not answer in time
     */
    public HttpResponse<String> send(PlatformId platform, String scope, Supplier<HttpRequest.Builder> request)
            throws TokenUnavailable, IOException, InterruptedException {
        onRegisteredOrigin(platform, request.get().build().uri());
        Set<String> scopes = Set.of(scope);
        AccessToken token = tokens.token(platform, scopes);
        HttpResponse<String> response = http.send(authorized(request.get(), token));
        if (response.statusCode() == 401) {
            tokens.invalidate(platform, scopes, token);
            token = tokens.token(platform, scopes);
            response = http.send(authorized(request.get(), token));
        }
        return response;
    }

    private void onRegisteredOrigin(PlatformId id, URI url) throws PlatformUnreachable {
        Platform platform = registrations.platform(id).orElse(null);
        if (platform == null) {
            return; // no platform, no token: the token request says NOT_REGISTERED
        }
        if (!PlatformOrigins.isOn(platform, url.toString())) {
            LOG.warnf("Service call refused, SERVICE_URL_OFF_ORIGIN: %s is not on the origins of platform %s %s",
                    Origins.of(url.toString()).orElse("(no origin)"), id, PlatformOrigins.of(platform));
            throw new PlatformUnreachable(PlatformUnreachable.Reason.SERVICE_URL_OFF_ORIGIN, "not on the platform's origins");
        }
    }

    private HttpRequest authorized(HttpRequest.Builder request, AccessToken token) {
        return request.timeout(timeout).header("Authorization", "Bearer " + token.value()).build();
    }
}
