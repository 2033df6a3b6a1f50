package dk.laerepladsklar.curriculum.boundary;

import dk.laerepladsklar.kernel.PageGate;
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
 * The module pages through the kernel's {@link PageGate}: the player for students (and staff, as a preview), the
 * overview for staff and mentors. Which placement a user may open, the pages decide.
 */
@WebFilter(urlPatterns = "/modules/*")
public class ModulePagesAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PageGate.Audience audience = request.getServletPath().equals(TeachingModules.OVERVIEW_PAGE)
                ? PageGate.Audience.FOLLOWING : PageGate.Audience.LEARNING;
        if (PageGate.admit(request, response, signedInUser, audience)) {
            chain.doFilter(request, response);
        }
    }
}
