package dk.laerepladsklar.roleplay.boundary;

import dk.laerepladsklar.kernel.share.SharedPages;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The master's page, {@code /feedback/<secret>}: outside every launch and the pages the kernel protects, since a master
 * has no account and no session. {@code GET} opens the link ({@link MasterLinks#open}: counted and logged) and shows
 * the attempt; {@code POST} takes the comment form (the nonce of the view and the words) and answers with a redirect
 * back (post, redirect, get), or the page again with the words kept when they were refused. An unknown link is 404,
 * an expired or revoked one 410, each with a friendly page. The page itself is a Facelet
 * ({@value #PAGE}) that reads what this servlet found from the request.
 *
 * <p>Every answer is {@code no-store}, sends no referrer (the address is the secret), is not to be indexed, and may not
 * be framed by anyone; its policy lets it load only the tool's own styles, fonts and recordings.
 *
 * <p><b>Why the form needs no session.</b> A cross-site form has nothing to ride on here: there is no cookie, and the
 * secret itself is the only key, which another site cannot know. The nonce ties every comment to a view that was
 * really shown and counted for this very link (a post composed elsewhere, or replayed long after, is refused), so the
 * view log and the comments agree.
 */
@WebServlet(urlPatterns = MasterFeedbackServlet.PATH + "/*", name = "MasterFeedback")
public class MasterFeedbackServlet extends HttpServlet {

    public static final String PATH = "/feedback";
    /** The Facelet that draws the page. */
    public static final String PAGE = "/master/feedback.xhtml";
    /** Request attributes the page reads. */
    public static final String OPENED = "lpk.master.opened";
    public static final String LOCALE = "lpk.master.locale";
    public static final String REFUSAL = "lpk.master.refusal";
    public static final String TYPED = "lpk.master.typed";
    public static final String SECRET = "lpk.master.secret";
    static final int MAX_BODY = 16 * 1024;
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; "
            + "media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    transient MasterLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        guard(response);
        Locale locale = language(request);
        String secret = secret(request);
        MasterLinks.Opened opened = links.open(secret, locale);
        show(request, response, opened, locale, secret, null, null,
                opened.isShown() ? HttpServletResponse.SC_OK : opened.closed().status());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        guard(response);
        Locale locale = language(request);
        String secret = secret(request);
        if (request.getContentLengthLong() > MAX_BODY) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String text = request.getParameter("text");
        MasterLinks.Commented result = links.comment(secret, request.getParameter("nonce"), text, locale);
        if (result.isSaved()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PATH + "/" + secret + "?saved=1");
            return;
        }
        if (!result.page().isShown()) {
            show(request, response, result.page(), locale, secret, null, null, result.page().closed().status());
            return;
        }
        int status = result.refusal() == MasterLinks.CommentRefusal.FEEDBACK_COMMENT_NOT_FROM_PAGE
                ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_BAD_REQUEST;
        show(request, response, result.page(), locale, secret, result.refusal(), text, status);
    }

    private static void show(HttpServletRequest request, HttpServletResponse response, MasterLinks.Opened opened,
                             Locale locale, String secret, MasterLinks.CommentRefusal refusal, String typed, int status)
            throws ServletException, IOException {
        request.setAttribute(OPENED, opened);
        request.setAttribute(LOCALE, locale);
        request.setAttribute(SECRET, opened.isShown() ? secret : null);
        request.setAttribute(REFUSAL, refusal);
        request.setAttribute(TYPED, typed);
        response.setStatus(status);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    /** The headers of every answer: nothing kept, nothing referred, nothing indexed, never framed. */
    static void guard(HttpServletResponse response) {
        SharedPages.guard(response, POLICY);
    }

    private static String secret(HttpServletRequest request) {
        return SharedPages.secret(request);
    }

    /** The master's language: Danish unless the browser prefers English to Danish. */
    static Locale language(HttpServletRequest request) {
        return SharedPages.language(request);
    }
}
