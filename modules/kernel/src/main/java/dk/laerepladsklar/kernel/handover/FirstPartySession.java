package dk.laerepladsklar.kernel.handover;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import org.jboss.logging.Logger;

/**
 * Makes the session cookie of a hand-over window first-party: {@code SameSite=Lax; Secure; HttpOnly}, not partitioned.
 * The session cookie is configured once for the whole application as the LMS frame needs it ({@code SameSite=None;
 * Partitioned}), and the servlet API cannot set it otherwise for one response; so the cookie the container (Undertow)
 * has just set for this new session is adjusted in place. Should that ever fail (another container), a first-party
 * cookie for the same session is added beside it and the log says {@code HANDOVER_COOKIE_NOT_ADJUSTED}.
 *
 * <p>The window's response also removes a partitioned cookie of the same name the tool's own site may hold from an
 * earlier top-level visit (the front page), so the browser sends one session cookie, not two.
 */
final class FirstPartySession {

    private static final Logger LOG = Logger.getLogger(FirstPartySession.class);
    private static final String PARTITIONED = "Partitioned";

    private FirstPartySession() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String cookieName = name == null ? "JSESSIONID" : name;
        response.addHeader("Set-Cookie", cookieName + "=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=None; Partitioned");
        if (!adjusted(request, cookieName)) {
            LOG.warnf("HANDOVER_COOKIE_NOT_ADJUSTED: the container's session cookie was left as configured");
            response.addHeader("Set-Cookie", cookieName + "=" + sessionId + "; Path=/; Secure; HttpOnly; SameSite=Lax");
        }
    }

    /** Undertow keeps the cookies of a response on its exchange until it is sent; the session's is changed there. */
    private static boolean adjusted(HttpServletRequest request, String cookieName) {
        try {
            ServletRequest inner = request;
            while (inner instanceof ServletRequestWrapper wrapper) {
                inner = wrapper.getRequest();
            }
            Object exchange = inner.getClass().getMethod("getExchange").invoke(inner);
            Iterable<?> cookies = (Iterable<?>) exchange.getClass().getMethod("responseCookies").invoke(exchange);
            for (Object cookie : cookies) {
                Class<?> type = cookie.getClass();
                if (cookieName.equals(type.getMethod("getName").invoke(cookie))) {
                    type.getMethod("setSameSiteMode", String.class).invoke(cookie, "Lax");
                    Method setAttribute = type.getMethod("setAttribute", String.class, String.class);
                    setAttribute.invoke(cookie, PARTITIONED, null);
                    type.getMethod("setSecure", boolean.class).invoke(cookie, true);
                    type.getMethod("setHttpOnly", boolean.class).invoke(cookie, true);
                    return type.getMethod("getAttribute", String.class).invoke(cookie, PARTITIONED) == null;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
