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
 * replaces the one set here.
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

    /** Turns a second Content-Security-Policy into a replacement of the first. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (FrameAncestors.HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
