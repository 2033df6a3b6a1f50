package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaReadRule;
import dk.laerepladsklar.kernel.media.MediaReadGrant;
import jakarta.enterprise.inject.Instance;
import dk.laerepladsklar.media.control.ByteRange;
import dk.laerepladsklar.media.control.ContentCheck;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Playback of a stored file, {@code GET /api/media/items/<id>?lc=…}: streamed from the store with HTTP Range (206 and
 * {@code Content-Range} for a range, 416 for one past the end), so a player seeks without loading the film. Only for
 * those the kernel's {@link Access} lets read the owner's things in the file's course (the student, staff of that course
 * on that platform, the student's mentor), or whom the file's feature lets read it ({@link MediaReadRule}); everyone
 * else gets 404, the same as for a file that does not exist.
 * Served as the type read from its bytes, {@code nosniff}, never inline unless it is a sound, film or photo, and in a
 * sandbox, so even a file that slipped through could not run as a page of the tool.
 *
 * <p>Without a launch, a request may carry a feature's grant instead ({@code ?grant=…}, {@link MediaReadGrant}): a
 * master's feedback link reads exactly the recordings of its one attempt. Such a request never uses the session's
 * launches (a grant and a launch are never mixed), and its answer is {@code no-store} and sends no referrer.
 */
@WebServlet(urlPatterns = MediaDownloadServlet.PATH + "/*", name = "MediaItems")
public class MediaDownloadServlet extends HttpServlet {

    public static final String PATH = "/api/media/items";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MediaDownloadServlet.class);
    private static final int BUFFER = 64 * 1024;

    @Inject
    transient SignedInUser user;
    @Inject
    transient Access access;
    @Inject
    transient Media media;
    /** Features that let more people read some of their files (a teacher's recorded line, for that course's students). */
    @Inject
    transient Instance<MediaReadRule> readRules;
    @Inject
    transient Instance<MediaReadGrant> grants;

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean body) throws IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        String grant = request.getParameter(MediaReadGrant.PARAMETER);
        Optional<LaunchContext> launch = grant == null ? user.context() : Optional.empty();
        Optional<MediaItem> item = id(request.getPathInfo()).flatMap(media::find);
        if (grant == null && launch.isEmpty() || item.isEmpty()) {
            notFound(response, item.isPresent() ? "MEDIA_NO_LAUNCH" : "MEDIA_NOT_FOUND");
            return;
        }
        MediaItem found = item.get();
        if (grant != null) {
            if (!granted(grant, found)) {
                notFound(response, "MEDIA_GRANT_REFUSED"); // the grant's feature has logged why
                return;
            }
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Robots-Tag", "noindex, nofollow");
        } else if (!access.mayRead(launch.get(), found.owner(), found.course())
                && readRules.stream().noneMatch(rule -> rule.mayRead(found, launch.get()))) {
            notFound(response, "MEDIA_NOT_ALLOWED"); // Access has logged why
            return;
        }
        if (!media.hasBytes(found)) {
            notFound(response, "MEDIA_FILE_MISSING");
            return;
        }
        long size = found.size();
        boolean playable = ContentCheck.PLAYABLE.contains(found.contentType());
        response.setHeader("Accept-Ranges", "bytes");
        // a grant's answer is kept nowhere: the link may be revoked any minute
        response.setHeader("Cache-Control", grant != null ? "no-store" : "private, max-age=0, must-revalidate");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("ETag", "\"" + found.id() + "-" + size + "\"");
        response.setContentType(playable ? found.contentType() : "application/octet-stream");
        response.setHeader("Content-Disposition", (playable ? "inline" : "attachment") + "; filename=\""
                + found.purpose() + extension(found.contentType()) + "\"");
        ByteRange.Request asked = ByteRange.parse(request.getHeader("Range"), size);
        long first;
        long length;
        if (asked instanceof ByteRange.Unsatisfiable) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + size);
            response.setContentLength(0);
            return;
        } else if (asked instanceof ByteRange.Part part) {
            first = part.range().first();
            length = part.range().length();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", "bytes " + first + "-" + part.range().last() + "/" + size);
        } else {
            first = 0;
            length = size;
            response.setStatus(HttpServletResponse.SC_OK);
        }
        response.setContentLengthLong(length);
        if (!body) {
            return;
        }
        try (InputStream in = media.open(found, first, length)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            // A player that seeks closes the connection mid-range: normal, nothing to report.
            LOG.debugf("Media %s: playback ended early: %s", found.id(), e.getMessage());
        }
    }

    private boolean granted(String grant, MediaItem item) {
        if (grant.isEmpty() || grant.length() > 200) {
            return false;
        }
        for (MediaReadGrant feature : grants) {
            if (feature.allowsRead(grant, item)) {
                return true;
            }
        }
        return false;
    }

    private static void notFound(HttpServletResponse response, String reason) throws IOException {
        LOG.debugf("Media download refused: %s", reason);
        response.setHeader("Cache-Control", "no-store");
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static Optional<UUID> id(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(pathInfo.substring(1)));
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case "video/webm", "audio/webm" -> ".webm";
            case "video/mp4" -> ".mp4";
            case "audio/mp4" -> ".m4a";
            case "video/quicktime" -> ".mov";
            case "audio/ogg", "video/ogg" -> ".ogg";
            case "audio/wav" -> ".wav";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".bin";
        };
    }
}
