package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.login.AuthenticationRequest;
import dk.laerepladsklar.lti.core.login.LoginInitiation;
import dk.laerepladsklar.lti.core.login.LoginRateLimit;
import dk.laerepladsklar.lti.core.login.LoginStarter;
import dk.laerepladsklar.lti.core.registration.Registrations;
import dk.laerepladsklar.lti.core.validation.LaunchRejected;
import dk.laerepladsklar.lti.core.validation.Rejection;
import dk.laerepladsklar.lti.web.metrics.LtiMeters;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;

/** OIDC login initiation, by GET or form POST (Moodle posts), answered with a redirect to the platform. */
@Path("lti/login")
public class LoginEndpoint {

    private static final Logger LOG = Logger.getLogger(LoginEndpoint.class);

    @Inject
    LoginStarter loginStarter;
    @Inject
    LoginRateLimit rateLimit;
    @Inject
    ToolUrls urls;
    @Inject
    FailurePage failurePage;
    @Inject
    BrowserBindingPages bindingPages;
    @Inject
    FrameAncestors frameAncestors;
    @Inject
    Registrations registrations;
    @Inject
    LtiMeters meters;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @GET
    public Response get(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                        @QueryParam("target_link_uri") String targetLinkUri,
                        @QueryParam("lti_message_hint") String messageHint, @QueryParam("client_id") String clientId,
                        @QueryParam("lti_deployment_id") String deploymentId,
                        @QueryParam("lti_storage_target") String storageTarget) {
        return start(new LoginInitiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId, storageTarget));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                         @FormParam("target_link_uri") String targetLinkUri,
                         @FormParam("lti_message_hint") String messageHint, @FormParam("client_id") String clientId,
                         @FormParam("lti_deployment_id") String deploymentId,
                         @FormParam("lti_storage_target") String storageTarget) {
        return start(new LoginInitiation(iss, loginHint, targetLinkUri, messageHint, clientId, deploymentId, storageTarget));
    }

    private Response start(LoginInitiation initiation) {
        long start = System.nanoTime();
        LoginRateLimit.Decision admission = rateLimit.admit(request.getRemoteAddr());
        if (!admission.allowed()) {
            meters.rejected(LtiMeters.Step.LOGIN, "LOGIN_RATE_LIMITED", start);
            if (admission.warn()) {
                LOG.warnf("LTI login refused: LOGIN_RATE_LIMITED for %s (%d refused since the last warning; "
                        + "LPK_LOGIN_RATE / LPK_LOGIN_BURST set the limit)", admission.address(), admission.refusedSinceWarning());
            }
            return failurePage.tooManyLogins(admission.retryAfterSeconds(), BrowserContext.locale(request, null));
        }
        try {
            AuthenticationRequest auth = loginStarter.start(initiation, urls.launch(uriInfo.getBaseUri()));
            boolean secure = BrowserContext.allowsSecureCookies(request);
            frameAncestors.allowPlatformOf(response, auth.login());
            return bindingPages.loginPage(auth.url(), auth.login(),
                    LoginCookie.setHeader(auth.login().state(), auth.login().browserSecret(), secure),
                    BrowserContext.locale(request, null));
        } catch (LaunchRejected rejected) {
            LOG.warnf("LTI login refused: %s (iss=%s, client_id=%s)", rejected.getMessage(), shortened(initiation.issuer()),
                    shortened(initiation.clientId()));
            meters.rejected(LtiMeters.Step.LOGIN, rejected.reason().name(), start);
            if (rejected.reason() == Rejection.PLATFORM_PENDING) {
                // The school's own LMS shows why: the registration waits for the operator.
                registrations.find(initiation.issuer(), initiation.clientId()).ifPresent(r -> frameAncestors.allow(response, r));
            }
            return failurePage.render(rejected.reason(), BrowserContext.locale(request, null));
        }
    }

    /** An untrusted value for the log: not longer than a real one. */
    private static String shortened(String value) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 200 ? clean : clean.substring(0, 200) + "…";
    }
}
