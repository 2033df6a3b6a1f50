package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.registration.DynamicRegistration;
import dk.laerepladsklar.lti.core.registration.RegisteredTool;
import dk.laerepladsklar.lti.core.registration.RegistrationFailed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jboss.logging.Logger;

/**
 * The registration URL a school's IT admin pastes into Moodle or Canvas (LTI Dynamic Registration). The
 * platform opens it with {@code openid_configuration} and {@code registration_token}; the page registers
 * the tool, tells the admin what happens next, and closes with {@code org.imsglobal.lti.close}.
 */
@Path("lti/register")
public class RegistrationEndpoint {

    private static final Logger LOG = Logger.getLogger(RegistrationEndpoint.class);

    @Inject
    DynamicRegistration dynamicRegistration;
    @Inject
    ToolUrls urls;
    @Context
    UriInfo uriInfo;
    @Context
    HttpServletRequest request;

    @GET
    public Response register(@QueryParam("openid_configuration") String openidConfiguration,
                             @QueryParam("registration_token") String registrationToken) {
        Locale locale = BrowserContext.locale(request, null);
        ResourceBundle text = Bundles.messages(locale);
        if (openidConfiguration == null || openidConfiguration.isBlank()) {
            return page(200, text, text.getString("registration.howto.title"),
                    MessageFormat.format(text.getString("registration.howto.text"), urls.base(uriInfo.getBaseUri()) + ToolUrls.REGISTRATION),
                    false);
        }
        try {
            RegisteredTool registered = dynamicRegistration.register(openidConfiguration, registrationToken,
                    urls.describe(uriInfo.getBaseUri()));
            String next = registered.needsActivation() ? text.getString("registration.done.moodle")
                    : "canvas".equalsIgnoreCase(registered.platformProduct()) ? text.getString("registration.done.canvas")
                    : text.getString("registration.done.other");
            return page(200, text, text.getString("registration.done.title"), next, true);
        } catch (RegistrationFailed failed) {
            LOG.warnf("Dynamic registration failed: %s", failed.getMessage());
            return page(400, text, text.getString("registration.failed.title"),
                    text.getString("registration.failed.text") + " " + text.getString("launch.failed.code") + " "
                            + failed.reason(), false);
        }
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
