package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.api.LaunchListener;
import dk.laerepladsklar.lti.core.login.PendingLogins;
import dk.laerepladsklar.lti.core.validation.LaunchAttempt;
import dk.laerepladsklar.lti.core.validation.LaunchClaimsReader;
import dk.laerepladsklar.lti.core.validation.LaunchRejected;
import dk.laerepladsklar.lti.core.validation.LaunchValidator;
import dk.laerepladsklar.lti.core.validation.Rejection;
import dk.laerepladsklar.lti.core.validation.ValidatedLaunch;
import dk.laerepladsklar.lti.web.metrics.LtiMeters;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.logging.Logger;

/**
 * The redirect URI: receives the platform's id_token and state by form POST, validates the launch, signs
 * the user in through the application's {@link LaunchListener} and sends the browser to its landing page.
 */
@Path("lti/launch")
public class LaunchEndpoint {

    private static final Logger LOG = Logger.getLogger(LaunchEndpoint.class);

    @Inject
    LaunchValidator validator;
    @Inject
    LaunchListener listener;
    @Inject
    ToolUrls urls;
    @Inject
    FailurePage failurePage;
    @Inject
    BrowserBindingPages bindingPages;
    @Inject
    PendingLogins pendingLogins;
    @Inject
    FrameAncestors frameAncestors;
    @Inject
    LtiMeters meters;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @FormParam("error") String error, @FormParam("error_description") String errorDescription,
                           @FormParam(BrowserBindingPages.STORAGE_SECRET) String storageSecret,
                           @FormParam(BrowserBindingPages.STORAGE_ATTEMPTED) String storageAttempted) {
        long start = System.nanoTime();
        boolean secure = BrowserContext.allowsSecureCookies(request);
        // This response (a failure page, the recovery page) may be framed by the platform of the login it answers.
        var pending = pendingLogins.peek(state);
        frameAncestors.allowPlatformOf(response, pending.orElse(null));
        if (error != null && idToken == null) {
            LOG.warnf("LTI launch refused: PLATFORM_ERROR %s (%s)", error, errorDescription);
            meters.rejected(LtiMeters.Step.LAUNCH, "PLATFORM_ERROR", start);
            return failurePage.render(dk.laerepladsklar.lti.core.validation.Rejection.MALFORMED_CLAIM,
                    BrowserContext.locale(request, null));
        }
        String browserSecret = LoginCookie.read(request, state);
        if (browserSecret == null && storageSecret != null && !storageSecret.isBlank()) {
            // The secret in the form stands in for the cookie only when the tool's own recovery page posted it:
            // from another site's page it would sign this browser in as whoever started that login (login CSRF).
            if (!BrowserContext.postedByToolPage(request, urls.base(uriInfo.getBaseUri()))) {
                LOG.warnf("LTI launch refused: %s (Sec-Fetch-Site %s, Origin %s)", Rejection.BROWSER_BINDING_CROSS_SITE,
                        headerForLog("Sec-Fetch-Site"), headerForLog("Origin"));
                meters.rejected(LtiMeters.Step.LAUNCH, Rejection.BROWSER_BINDING_CROSS_SITE.name(), start);
                return failurePage.render(Rejection.BROWSER_BINDING_CROSS_SITE,
                        BrowserContext.locale(request, LaunchClaimsReader.unverifiedLocaleHint(idToken)));
            }
            browserSecret = storageSecret;
        }
        if (browserSecret == null && storageAttempted == null) {
            // No partitioned cookie came back (third-party cookies blocked): let the page find the secret in
            // the platform's storage or the tool's window storage and post the launch again.
            if (pending.isPresent()) {
                return bindingPages.recoveryPage(urls.launch(uriInfo.getBaseUri()), idToken, pending.get(),
                        BrowserContext.locale(request, LaunchClaimsReader.unverifiedLocaleHint(idToken)));
            }
        }
        try {
            ValidatedLaunch validated = validator.validate(new LaunchAttempt(idToken, state, browserSecret));
            signIn();
            frameAncestors.rememberForSession(request, validated.registration());
            frameAncestors.allow(response, validated.registration());
            String landing = listener.onLaunch(validated.launch());
            meters.accepted(start);
            return Response.seeOther(URI.create(urls.base(uriInfo.getBaseUri()) + landing))
                    .header("Set-Cookie", LoginCookie.clearHeader(state, secure))
                    .header("Cache-Control", "no-store")
                    .build();
        } catch (LaunchRejected rejected) {
            LOG.warnf("LTI launch refused: %s", rejected.getMessage());
            meters.rejected(LtiMeters.Step.LAUNCH, rejected.reason().name(), start);
            return failurePage.render(rejected.reason(), BrowserContext.locale(request, LaunchClaimsReader.unverifiedLocaleHint(idToken)));
        }
    }

    private String headerForLog(String name) {
        String value = request.getHeader(name);
        return value == null ? "absent" : value.length() > 100 ? value.substring(0, 100) + "…" : value;
    }

    /** A fresh session id for every launch, so a session id planted before the launch is worthless. */
    private void signIn() {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        } else {
            request.getSession(true);
        }
    }
}
