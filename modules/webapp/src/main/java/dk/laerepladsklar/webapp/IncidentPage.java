package dk.laerepladsklar.webapp;

import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The page every failure ends on (web.xml sends every uncaught exception and every 500 here; the Faces exception
 * handler redirects failed ajax requests here): in Danish or English, with the incident id and nothing of the
 * exception. A plain servlet with a small template, not a Faces page, so it still works when Faces itself failed.
 */
@WebServlet(urlPatterns = IncidentPage.PATH)
public class IncidentPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/error";
    static final String INCIDENT_PARAMETER = "incident";
    static final String EXPIRED_PARAMETER = "expired";
    private static final String TEMPLATE = template();

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Incident incident = incident(request);
        Locale locale = locale(request);
        ResourceBundle text = ResourceBundle.getBundle(AdminView.BUNDLE, locale);
        String prefix = incident.expired() ? "expired." : "incident.";
        String html = TEMPLATE
                .replace("{lang}", locale.getLanguage())
                .replace("{title}", escape(text.getString(prefix + "title")))
                .replace("{text}", escape(text.getString(prefix + "text")))
                .replace("{code}", escape(text.getString("incident.code")))
                .replace("{incident}", escape(incident.id()));
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(incident.expired() ? HttpServletResponse.SC_BAD_REQUEST
                : request.getDispatcherType() == DispatcherType.ERROR ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                : HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static Incident incident(HttpServletRequest request) {
        String where = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable throwable) {
                return Incident.of(throwable, where);
            }
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            return Incident.ofStatus(status instanceof Integer code ? code : 500, where);
        }
        // Reached by the redirect after a failed ajax request: the incident was logged there.
        Incident named = Incident.named(request.getParameter(INCIDENT_PARAMETER), request.getParameter(EXPIRED_PARAMETER) != null);
        return named != null ? named : Incident.visited();
    }

    /** The launch's language when someone is signed in, else the browser's first choice if English, else Danish. */
    private Locale locale(HttpServletRequest request) {
        try {
            if (request.getSession(false) != null && signedInUser.isSignedIn()) {
                return "en".equals(signedInUser.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("da");
            }
        } catch (RuntimeException noSessionContext) {
            // the failure may have left no session context: fall back to the browser's language
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("da");
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        try (InputStream in = IncidentPage.class.getResourceAsStream("incident-page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
