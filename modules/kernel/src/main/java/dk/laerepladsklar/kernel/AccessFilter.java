package dk.laerepladsklar.kernel;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets only launched users into the pages: students' pages need a launch, teachers' pages a staff role.
 * Anyone else gets the friendly "open it from your course" page.
 */
@WebFilter(urlPatterns = {"/student/*", "/teacher/*"})
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String NOT_LAUNCHED = "/not-launched.xhtml";

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean teacherPage = request.getServletPath().startsWith("/teacher/");
        if (request.getSession(false) == null || !signedInUser.isSignedIn()) {
            request.getRequestDispatcher(NOT_LAUNCHED).forward(request, response);
            return;
        }
        if (teacherPage && !signedInUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
