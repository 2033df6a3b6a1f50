package dk.laerepladsklar.curriculum.view;

import dk.laerepladsklar.curriculum.boundary.TeachingModules;
import dk.laerepladsklar.curriculum.entity.UploadedFile;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * An upload too large for the module player is answered before anything of it is read: the student is sent back
 * (303) to the player's step, which says "the file is too big" exactly as for a file just over the limit. Left to
 * Faces, the container would refuse to read a body above its post limit and the student would see an empty frame.
 * The form posts to its page's own address (placement and step, see the page's view parameters), so the answer
 * can lead straight back to it. Browsers refuse such a file before sending it (player.js); this is for the rest.
 */
@WebFilter(urlPatterns = TeachingModules.PLAY_PAGE)
public class UploadSizeGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The query parameter the player reads to show the message. */
    public static final String PARAMETER = "upload";
    public static final String TOO_LARGE = "too-large";
    /** The largest file plus room for the form's other fields (view state, a reflection of 4000 characters). */
    static final long MAX_POST_BYTES = UploadedFile.MAX_BYTES + 64 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && request.getContentLengthLong() > MAX_POST_BYTES) {
            String query = request.getQueryString();
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Location", request.getRequestURI() + "?" + (query == null || query.isEmpty() ? "" : query + "&")
                    + PARAMETER + "=" + TOO_LARGE);
            response.setContentLength(0);
            return;
        }
        chain.doFilter(request, response);
    }
}
