package dk.laerepladsklar.careerplan.boundary;

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
 * A shared profile, {@code /profile/<secret>}: outside every launch and the pages the kernel protects, since a company
 * has no account and no session (none is made: the page sets no cookie). {@code GET} opens the link
 * ({@link ProfileLinks#open}: counted for the student and logged) and shows the profile with the photo or film of the
 * work, played through the same link. An unknown link is 404, an expired or revoked one (or of a withdrawn profile)
 * 410, each with a friendly "no longer shared" page. The page is a Facelet ({@value #PAGE}) that reads what this
 * servlet found from the request. Danish unless the browser prefers English.
 *
 * <p>Every answer is {@code no-store}, sends no referrer (the address is the secret), is not indexed and may not be
 * framed; its policy lets it load only the tool's own styles, fonts, photo and film.
 */
@WebServlet(urlPatterns = SharedProfileServlet.PATH + "/*", name = "SharedProfile")
public class SharedProfileServlet extends HttpServlet {

    public static final String PATH = "/profile";
    public static final String PAGE = "/shared-profile/profile.xhtml";
    /** Request attributes the page reads. */
    public static final String OPENED = "lpk.profile.opened";
    public static final String LOCALE = "lpk.profile.locale";
    public static final String SECRET = "lpk.profile.secret";
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self'; "
            + "media-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Inject
    transient ProfileLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        SharedPages.guard(response, POLICY);
        Locale locale = SharedPages.language(request);
        String secret = SharedPages.secret(request);
        ProfileLinks.Opened opened = links.open(secret);
        request.setAttribute(OPENED, opened);
        request.setAttribute(LOCALE, locale);
        request.setAttribute(SECRET, opened.isShown() ? secret : null);
        response.setStatus(opened.isShown() ? HttpServletResponse.SC_OK : opened.closed().status());
        request.getRequestDispatcher(PAGE).forward(request, response);
    }
}
