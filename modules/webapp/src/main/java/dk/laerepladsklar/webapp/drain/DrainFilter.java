package dk.laerepladsklar.webapp.drain;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * First in the chain (web.xml): counts the requests in flight and, once the deployment drains for a shutdown, answers
 * every new one 503 with a Retry-After, before anything reads a session.
 */
public class DrainFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Seconds a client should wait: another node, or this one after its restart, answers by then. */
    static final String RETRY_AFTER_SECONDS = "10";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Drain drain = ShutdownDrain.of(getServletContext());
        if (drain == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!drain.admit()) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            drain.done();
        }
    }
}
