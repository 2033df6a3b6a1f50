package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.login.PendingLogin;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sites may show a page of the tool in an iframe ({@code Content-Security-Policy: frame-ancestors}):
 * the tool itself, and the platform of the current launch only, never every school's. The login, launch and
 * recovery responses name their platform; the pages after a launch take it from the session
 * ({@link FramingPolicy}); anything else may be framed by the tool alone.
 */
@ApplicationScoped
public class FrameAncestors {

    static final String HEADER = "Content-Security-Policy";

    @Inject
    Registrations registrations;

    /** The header value for these origins, besides the tool's own. */
    static String policy(Collection<String> origins) {
        Set<String> sorted = new TreeSet<>(origins);
        return sorted.isEmpty() ? "frame-ancestors 'self'" : "frame-ancestors 'self' " + String.join(" ", sorted);
    }

    /** Lets exactly these origins (and the tool) frame this response; replaces the default policy. */
    static void allow(HttpServletResponse response, Collection<String> origins) {
        response.setHeader(HEADER, policy(origins));
    }

    void allow(HttpServletResponse response, Registration registration) {
        allow(response, registration.framingOrigins());
    }

    /** Lets the platform of a login in progress frame this response, if the login and its platform are known. */
    void allowPlatformOf(HttpServletResponse response, PendingLogin login) {
        if (login != null) {
            registrations.find(login.issuer(), login.clientId()).ifPresent(r -> allow(response, r));
        }
    }

    /** After a launch: the session's later pages may be framed by this launch's platform, and by no other. */
    void rememberForSession(HttpServletRequest request, Registration registration) {
        request.getSession(true).setAttribute(FramingOrigins.SESSION_ATTRIBUTE,
                new FramingOrigins(List.copyOf(registration.framingOrigins())));
    }

    /** The origins the session's launch allowed, or none. */
    static Collection<String> ofSession(HttpServletRequest request) {
        try {
            HttpSession session = request.getSession(false);
            Object origins = session == null ? null : session.getAttribute(FramingOrigins.SESSION_ATTRIBUTE);
            return origins instanceof FramingOrigins framing ? framing.origins() : List.of();
        } catch (IllegalStateException invalidated) {
            return List.of();
        }
    }
}
