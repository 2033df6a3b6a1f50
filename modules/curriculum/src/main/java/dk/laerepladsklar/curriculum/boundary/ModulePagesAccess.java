package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.kernel.AccessFilter;
import dk.laerepladsklar.kernel.SignedInUser;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The kernel's access rule for the module pages: only launched users reach them (others get "open it from your
 * course"), and the overview only staff. Which placement a user may open, the pages decide.
 */
@WebFilter(urlPatterns = "/modules/*")
public class ModulePagesAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getSession(false) == null || !signedInUser.isSignedIn()) {
            request.getRequestDispatcher(AccessFilter.NOT_LAUNCHED).forward(request, response);
            return;
        }
        if (request.getServletPath().equals(TeachingModules.OVERVIEW_PAGE) && !signedInUser.isStaff()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
