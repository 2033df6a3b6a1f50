package dk.laerepladsklar.kernel.handover;

import dk.laerepladsklar.kernel.PageMessages;
import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.lti.api.Launch;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/handover?lc=…} with the form field {@code return} (the asking page's path): a one-time code for
 * opening this launch in a window of its own. Needs the launch context of this session and a post from the tool's own
 * page; answers {@code {"code", "action", "expiresIn"}} (the code goes into a form posted to {@code action}, never
 * into an address), or a status with {@code {"code": "HANDOVER_…", "message"}} in the launch's language.
 */
@WebServlet("/api/handover")
public class HandoverCodeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HandoverCodeServlet.class);
    static final String BUNDLE = "dk.laerepladsklar.kernel.messages";

    @Inject
    transient SignedInUser user;
    @Inject
    transient HandoverCodes codes;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<LaunchContext> context = user.context();
        Locale locale = context.map(LaunchContext::locale).orElse(Launch.DANISH);
        if (context.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, HandoverRefusal.HANDOVER_NO_LAUNCH, locale);
            return;
        }
        if (!SameOrigin.posted(request)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, HandoverRefusal.HANDOVER_CROSS_ORIGIN, locale);
            return;
        }
        Optional<String> target = ReturnPath.of(request.getParameter("return"), request.getContextPath());
        if (target.isEmpty()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, HandoverRefusal.HANDOVER_RETURN_REFUSED, locale);
            return;
        }
        String code;
        try {
            code = codes.issue(context.get(), HandoverSessions.keyOf(request.getSession()), target.get(), Instant.now());
        } catch (HandoverCodes.Refused e) {
            refuse(response, 429, e.reason(), locale);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("code", code)
                .add("action", request.getContextPath() + HandoverServlet.PATH)
                .add("expiresIn", HandoverCodes.VALID.toSeconds()).build().toString());
    }

    private static void refuse(HttpServletResponse response, int status, HandoverRefusal reason, Locale locale)
            throws IOException {
        LOG.warnf("Hand-over code refused: %s", reason);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("code", reason.name())
                .add("message", PageMessages.text(BUNDLE, locale, "handover.code." + reason.name())).build().toString());
    }
}
