package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.validation.Rejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The friendly page a person sees when a launch fails. It explains what to try in plain language; the
 * symbolic reason is shown only as a short code a school's IT admin can search the log for.
 */
@ApplicationScoped
public class FailurePage {

    /** The code shown when a client started more logins than its rate allows. */
    static final String RATE_LIMITED = "LOGIN_RATE_LIMITED";
    /** The code shown when a request body under /api/lti/ was larger than any LTI message. */
    static final String TOO_LARGE = "REQUEST_TOO_LARGE";

    public Response render(Rejection reason, Locale locale) {
        return Response.status(status(reason))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(html(locale, adviceKey(reason), reason.name())) // bytes: RESTEasy escapes String bodies of 400 HTML answers
                .build();
    }

    /** 429 with {@code Retry-After}: too many logins from this address. */
    public Response tooManyLogins(long retryAfterSeconds, Locale locale) {
        return Response.status(429)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .header("Retry-After", Long.toString(retryAfterSeconds))
                .entity(html(locale, "login.busy.advice", RATE_LIMITED))
                .build();
    }

    private static int status(Rejection reason) {
        return switch (reason) {
            case UNREGISTERED_PLATFORM, UNKNOWN_DEPLOYMENT, BROWSER_BINDING_CROSS_SITE, DEEP_LINK_RETURN_URL_REFUSED,
                 PLATFORM_PENDING, SUBMISSION_REVIEW_NOT_A_REVIEWER -> 403;
            case LOGIN_FIELD_TOO_LONG -> 400;
            default -> 401;
        };
    }

    private static String adviceKey(Rejection reason) {
        return switch (reason) {
            case STATE_MISSING, STATE_MISMATCH, LOGIN_EXPIRED, BROWSER_MISMATCH, TOKEN_EXPIRED, TOKEN_TOO_OLD,
                 NONCE_REPLAYED, IAT_IN_FUTURE, BROWSER_BINDING_CROSS_SITE -> "launch.failed.advice.again";
            case UNREGISTERED_PLATFORM, UNKNOWN_DEPLOYMENT -> "launch.failed.advice.registration";
            case DEEP_LINK_RETURN_URL_REFUSED -> "launch.failed.advice.returnUrl";
            case PLATFORM_PENDING -> "launch.failed.advice.pending";
            case SUBMISSION_REVIEW_NOT_A_REVIEWER -> "launch.failed.advice.reviewNotForYou";
            default -> "launch.failed.advice.platform";
        };
    }

    /** The page itself, for JAX-RS answers and for the servlet filters that answer before JAX-RS. */
    static byte[] html(Locale locale, String adviceKey, String code) {
        ResourceBundle text = Bundles.messages(locale);
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;font-size:1.15rem;line-height:1.6;max-width:36rem;margin:2rem auto;padding:0 1rem;color:#1d2733}
                h1{font-size:1.5rem}.code{color:#5a6570;font-size:.95rem}</style></head>
                <body><main><h1>%s</h1><p>%s</p><p>%s</p><p class="code">%s <code id="reason">%s</code></p></main></body></html>
                """.formatted(text.getLocale().getLanguage().isEmpty() ? "da" : text.getLocale().getLanguage(),
                escape(text.getString("launch.failed.title")), escape(text.getString("launch.failed.title")),
                escape(text.getString(adviceKey)), escape(text.getString("launch.failed.retry")),
                escape(text.getString("launch.failed.code")), escape(code));
        return html.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
