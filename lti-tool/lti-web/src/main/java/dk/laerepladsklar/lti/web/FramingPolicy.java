package dk.laerepladsklar.lti.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every response says who may frame it ({@code Content-Security-Policy: frame-ancestors}, see
 * {@link FrameAncestors}): by default the origins of the platform this browser session was launched from, or
 * the tool alone. An endpoint that knows its platform (login, launch, registration) replaces the default, and
 * a response never carries two policies: JAX-RS adds headers rather than replacing them, so an added policy
 * replaces the one set here (keeping its framing rule if it has none of its own).
 */
@WebFilter(urlPatterns = "/*")
public class FramingPolicy extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(FrameAncestors.HEADER, FrameAncestors.policy(FrameAncestors.ofSession(request)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        chain.doFilter(request, new OnePolicy(response));
    }

    /**
     * Keeps one Content-Security-Policy: a second one replaces the first, and one without {@code frame-ancestors}
     * (a file download's {@code default-src 'none'}) keeps the framing rule set before it.
     */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (FrameAncestors.HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (FrameAncestors.HEADER.equalsIgnoreCase(name) && value != null && !value.contains("frame-ancestors")) {
                String framing = framingDirective(getHeader(FrameAncestors.HEADER));
                value = framing == null ? value : value.strip() + (value.strip().endsWith(";") ? " " : "; ") + framing;
            }
            super.setHeader(name, value);
        }

        private static String framingDirective(String policy) {
            int start = policy == null ? -1 : policy.indexOf("frame-ancestors");
            if (start < 0) {
                return null;
            }
            int end = policy.indexOf(';', start);
            return (end < 0 ? policy.substring(start) : policy.substring(start, end)).strip();
        }
    }
}
