package dk.laerepladsklar.kernel;

import dk.laerepladsklar.lti.api.Actor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * The one rule the page filters of every module apply: a page needs a launch context this session holds, and an
 * actor of its audience. No context: the friendly "open it again from your course" page. Observers, guests and
 * people without a role: the page that tells them what they can do. Anyone else outside the audience: 403.
 */
public final class PageGate {

    private static final Logger LOG = Logger.getLogger(PageGate.class);
    public static final String NOT_LAUNCHED = "/not-launched.xhtml";
    /** What observers, guests and people without a role see. */
    public static final String OTHER_ROLE = "/other-role.xhtml";

    /** Who a page is for. */
    public enum Audience {
        /** Anyone launched (the help page). */
        LAUNCHED,
        /** Students, and staff trying it as a preview. */
        LEARNING,
        /** Teachers, content developers and administrators. */
        TEACHING,
        /** Staff, and mentors (who see their own mentees, read-only). */
        FOLLOWING;

        public boolean admits(Actor actor) {
            return switch (this) {
                case LAUNCHED -> true;
                case LEARNING -> actor.isStudent() || actor.isStaff();
                case TEACHING -> actor.isStaff();
                case FOLLOWING -> actor.isStaff() || actor.isMentor();
            };
        }
    }

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
    public static boolean admit(HttpServletRequest request, HttpServletResponse response, SignedInUser user,
                                Audience audience) throws ServletException, IOException {
        if (!user.isSignedIn()) {
            if (user.isContextUnknown()) {
                LOG.warnf("Page refused: LAUNCH_CONTEXT_UNKNOWN for %s", request.getServletPath());
            }
            sendTo(NOT_LAUNCHED, request, response);
            return false;
        }
        Actor actor = user.actor();
        if (audience.admits(actor)) {
            return true;
        }
        LOG.warnf("Page refused: ROLE_NOT_ALLOWED (%s) for %s", actor.standing(), request.getServletPath());
        if (actor.isOther()) {
            sendTo(SignedInUser.withContext(OTHER_ROLE, user.getContextId()), request, response);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
