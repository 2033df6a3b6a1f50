package dk.laerepladsklar.kernel.access;

import dk.laerepladsklar.kernel.LandingPages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.lti.api.Actor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * The page-level rule the {@link PageFilter} applies: a page needs a launch context this session holds, and an
 * actor of its audience (for a school-wide page, an administrator or a consultant of the launch's school). No context: the friendly "open it again from your course" page. Observers, guests and
 * people without a role: the page that tells them what they can do. Anyone else outside the audience: 403. A
 * resource (a download, a REST call) gets its declared status instead of a page.
 */
final class PageGate {

    private static final Logger LOG = Logger.getLogger(PageGate.class);
    private static final String NOT_LAUNCHED = LandingPages.NOT_LAUNCHED;
    private static final String OTHER_ROLE = LandingPages.OTHER_ROLE;

    private PageGate() {
    }

    /**
     * Shows a page instead of the one asked for. A page load gets it in place; a form post (say, from a page whose
     * launch was dropped since) is sent there, as Faces would not restore another page's form state on it, and an
     * ajax post is told to go there in the partial response Faces's script understands.
     */
    private static void sendTo(String page, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String target = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target.replace("&", "&amp;") + "\"/></partial-response>");
        } else if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
            response.setHeader("Cache-Control", "no-store");
        } else {
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    /** @return whether the request may go on; when not, the answer has been given */
    static boolean admit(HttpServletRequest request, HttpServletResponse response, SignedInUser user,
                         ProtectedPage page, SchoolRoles roles) throws ServletException, IOException {
        String path = PageFilter.applicationPath(request);
        String where = page.isResource() ? page.path() : path; // a resource's path may hold an id
        if (!user.isSignedIn()) {
            if (user.isContextUnknown()) {
                LOG.warnf("Page refused: LAUNCH_CONTEXT_UNKNOWN for %s", where);
            }
            if (page.isResource()) {
                refuse(response, page.refusal());
            } else {
                sendTo(NOT_LAUNCHED, request, response);
            }
            return false;
        }
        Actor actor = user.actor();
        if (page.audience().admits(actor, roles)) {
            return true;
        }
        LOG.warnf("Page refused: %s (%s) for %s", page.audience() == Audience.FOLLOWING_SCHOOL ? "ACCESS_NOT_CONSULTANT"
                : "ROLE_NOT_ALLOWED", actor.standing(), where);
        if (page.isResource()) {
            refuse(response, page.refusal());
        } else if (actor.isOther()) {
            sendTo(SignedInUser.withContext(OTHER_ROLE, user.getContextId()), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }

    private static void refuse(HttpServletResponse response, int status) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendError(status);
    }
}
