package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.Origins;
import dk.laerepladsklar.lti.core.registration.DynamicRegistration;
import dk.laerepladsklar.lti.core.registration.RegisteredTool;
import dk.laerepladsklar.lti.core.registration.RegistrationFailed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * The registration URL a school's IT admin pastes into Moodle or Canvas (LTI Dynamic Registration). The
 * platform opens it with {@code openid_configuration} and {@code registration_token}; the page registers
 * the tool, tells the admin what happens next, and closes with {@code org.imsglobal.lti.close}. The URL carries
 * the operator's one-time {@code invitation} (see {@code Invitations}); without one a school may register only
 * while open registration is on, and then waits for the operator's approval.
 */
@Path("lti/register")
public class RegistrationEndpoint {

    private static final Logger LOG = Logger.getLogger(RegistrationEndpoint.class);
    /** An invitation secret's shape (256 random bits, URL-safe base64): only such a value is shown back. */
    private static final Pattern INVITATION_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    DynamicRegistration dynamicRegistration;
    @Inject
    ToolUrls urls;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    @GET
    public Response register(@QueryParam("openid_configuration") String openidConfiguration,
                             @QueryParam("registration_token") String registrationToken,
                             @QueryParam("invitation") String invitation) {
        Locale locale = BrowserContext.locale(request, null);
        ResourceBundle text = Bundles.messages(locale);
        String registrationUrl = urls.base(uriInfo.getBaseUri()) + ToolUrls.REGISTRATION;
        if (openidConfiguration == null || openidConfiguration.isBlank()) {
            // Opened in a browser rather than by an LMS: say where to paste it (the invitation's URL, if it has one).
            String pasteThis = invitation != null && INVITATION_SHAPE.matcher(invitation).matches()
                    ? registrationUrl + "?invitation=" + invitation : registrationUrl;
            return page(200, text, text.getString("registration.howto.title"),
                    MessageFormat.format(text.getString("registration.howto.text"), pasteThis), false);
        }
        // Moodle shows this page in a dialog on its own site: the site that opened it may frame it. Only when the
        // configuration turned out to speak for another site's issuer is that claim known to be false.
        Optional<String> opener = Origins.of(openidConfiguration);
        try {
            RegisteredTool registered = dynamicRegistration.register(openidConfiguration, registrationToken, invitation,
                    urls.describe(uriInfo.getBaseUri()));
            opener.ifPresent(origin -> FrameAncestors.allow(response, List.of(origin)));
            String next = registered.needsActivation() ? text.getString("registration.done.moodle")
                    : "canvas".equalsIgnoreCase(registered.platformProduct()) ? text.getString("registration.done.canvas")
                    : text.getString("registration.done.other");
            if (!registered.registration().approved()) {
                next = text.getString("registration.done.pending") + " " + next;
            }
            return page(200, text, text.getString("registration.done.title"), next, true);
        } catch (RegistrationFailed failed) {
            LOG.warnf("Dynamic registration refused: %s", failed.getMessage());
            if (!"CONFIGURATION_NOT_ON_ISSUER".equals(failed.reason())) {
                opener.ifPresent(origin -> FrameAncestors.allow(response, List.of(origin)));
            }
            return page(status(failed.reason()), text, text.getString("registration.failed.title"),
                    explanation(text, failed.reason()) + " " + text.getString("launch.failed.code") + " " + failed.reason(),
                    true);
        }
    }

    private static int status(String reason) {
        if (reason.startsWith("INVITATION_")) {
            return 403;
        }
        return "REGISTRATION_EXISTS".equals(reason) ? 409 : 400;
    }

    /** What the school's admin can do about it, in plain words. */
    private static String explanation(ResourceBundle text, String reason) {
        return switch (reason) {
            case "INVITATION_MISSING", "INVITATION_UNKNOWN" -> text.getString("registration.invitation.missing");
            case "INVITATION_EXPIRED" -> text.getString("registration.invitation.expired");
            case "INVITATION_USED" -> text.getString("registration.invitation.used");
            case "INVITATION_REVOKED" -> text.getString("registration.invitation.revoked");
            case "REGISTRATION_EXISTS" -> text.getString("registration.failed.exists");
            case "CONFIGURATION_NOT_ON_ISSUER", "REGISTRATION_ENDPOINT_NOT_ON_CONFIGURATION" ->
                    text.getString("registration.failed.origin");
            default -> text.getString("registration.failed.text");
        };
    }

    private static Response page(int status, ResourceBundle text, String title, String body, boolean close) {
        String script = close ? """
                <script>
                (function () {
                  var target = window.opener || window.parent;
                  document.getElementById('close').addEventListener('click', function () {
                    target.postMessage({subject: 'org.imsglobal.lti.close'}, '*');
                  });
                })();
                </script>""" : "";
        String button = close ? "<p><button type=\"button\" id=\"close\">" + FailurePage.escape(text.getString("registration.close"))
                + "</button></p>" : "";
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;font-size:1.1rem;line-height:1.6;max-width:38rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
                button{font:inherit;padding:.5rem 1rem;border-radius:.4rem;border:2px solid #0b6e4f;background:#0b6e4f;color:#fff;cursor:pointer}</style>
                </head><body><main><h1 id="title">%s</h1><p id="message">%s</p>%s</main>%s</body></html>
                """.formatted(text.getLocale().getLanguage().isEmpty() ? "da" : text.getLocale().getLanguage(),
                FailurePage.escape(title), FailurePage.escape(title), FailurePage.escape(body), button, script);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)) // bytes: RESTEasy escapes String bodies of 400 HTML answers
                .build();
    }
}
