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
 * The students' and teachers' pages through the {@link PageGate}: students' pages for students (and staff, as a
 * preview), the class page for staff and mentors, the other teachers' pages for staff; help for anyone launched.
 */
@WebFilter(urlPatterns = {"/student/*", "/teacher/*"})
public class AccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String NOT_LAUNCHED = PageGate.NOT_LAUNCHED;
    static final String HELP = "/student/help.xhtml";

    @Inject
    SignedInUser signedInUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath();
        PageGate.Audience audience = HELP.equals(path) ? PageGate.Audience.LAUNCHED
                : LandingPages.TEACHER_CLASS.equals(path) ? PageGate.Audience.FOLLOWING
                : path.startsWith("/teacher/") ? PageGate.Audience.TEACHING : PageGate.Audience.LEARNING;
        if (PageGate.admit(request, response, signedInUser, audience)) {
            chain.doFilter(request, response);
        }
    }
}
