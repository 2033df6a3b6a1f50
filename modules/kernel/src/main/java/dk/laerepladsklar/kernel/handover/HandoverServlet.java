package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.launch.LaunchContexts;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * {@code POST /handover} (form field {@code code}) in a new top-level window: uses the code once, gives this window a
 * first-party session (its own session id, so a session someone planted is never taken over) holding the same launch
 * context, and sends it to the page that asked. Everything else — a GET, another site's post, a used, expired,
 * unknown or malformed code, a code whose frame session has ended — gets the friendly page and its reason in the log.
 */
@WebServlet(HandoverServlet.PATH)
public class HandoverServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HandoverServlet.class);
    public static final String PATH = "/handover";
    /** The friendly page (the web application's), in the browser's language; told the reason by a request attribute. */
    public static final String FAILED_PAGE = "/handover-failed.xhtml";
    public static final String REASON_ATTRIBUTE = "lpkHandoverReason";

    @Inject
    transient HandoverCodes codes;
    @Inject
    transient Instance<LaunchContexts> contexts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        fail(request, response, HandoverRefusal.HANDOVER_CODE_MISSING);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!SameOrigin.posted(request)) {
            fail(request, response, HandoverRefusal.HANDOVER_CROSS_ORIGIN);
            return;
        }
        HandoverCodes.Redemption redemption = codes.redeem(request.getParameter("code"), Instant.now());
        if (!redemption.accepted()) {
            fail(request, response, redemption.refusal());
            return;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        LaunchContext adopted = contexts.get().adopt(redemption.context());
        FirstPartySession.apply(request, response, session.getId());
        LOG.infof("Hand-over: a launch (%s) opened in a window of its own", adopted.actor().standing());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + SignedInUser.withContext(redemption.returnPath(), adopted.id()));
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, HandoverRefusal reason)
            throws ServletException, IOException {
        LOG.warnf("Hand-over refused: %s", reason);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setStatus(reason == HandoverRefusal.HANDOVER_CODE_USED || reason == HandoverRefusal.HANDOVER_CODE_EXPIRED
                || reason == HandoverRefusal.HANDOVER_SESSION_ENDED ? HttpServletResponse.SC_GONE
                : reason == HandoverRefusal.HANDOVER_CROSS_ORIGIN ? HttpServletResponse.SC_FORBIDDEN
                : HttpServletResponse.SC_BAD_REQUEST);
        request.setAttribute(REASON_ATTRIBUTE, reason.name());
        request.getRequestDispatcher(FAILED_PAGE).forward(request, response);
    }
}
