package dk.laerepladsklar.lti.web;

import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Only registered platforms may show the tool in an iframe: {@code Content-Security-Policy: frame-ancestors}
 * lists their origins. The list is rebuilt from the registrations at most every 30 seconds.
 */
@WebFilter(urlPatterns = "/*")
public class FramingPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final long REFRESH_MILLIS = 30_000;

    @Inject
    Registrations registrations;

    private volatile String header;
    private volatile long builtAt;
    private volatile long builtAfterChanges = -1;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", header());
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, response);
    }

    private String header() {
        String current = header;
        long changes = registrations.changes();
        if (current == null || changes != builtAfterChanges || System.currentTimeMillis() - builtAt > REFRESH_MILLIS) {
            // A registration on this node shows at once; one made on another node within 30 seconds.
            current = ("frame-ancestors 'self' " + String.join(" ", registrations.frameOrigins())).strip();
            header = current;
            builtAt = System.currentTimeMillis();
            builtAfterChanges = changes;
        }
        return current;
    }
}
