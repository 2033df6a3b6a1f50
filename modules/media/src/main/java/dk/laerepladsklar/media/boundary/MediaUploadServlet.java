package dk.laerepladsklar.media.boundary;

import dk.laerepladsklar.kernel.SignedInUser;
import dk.laerepladsklar.kernel.access.Access;
import dk.laerepladsklar.kernel.access.CourseRef;
import dk.laerepladsklar.kernel.launch.LaunchContext;
import dk.laerepladsklar.kernel.media.MediaItem;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import dk.laerepladsklar.kernel.media.MediaRefused;
import dk.laerepladsklar.kernel.media.NewMedia;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.media.control.ContentCheck;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import dk.laerepladsklar.kernel.media.MediaUploadRule;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.desair.tus.server.TusFileUploadService;
import me.desair.tus.server.exception.TusException;
import me.desair.tus.server.upload.UploadInfo;
import org.jboss.logging.Logger;

/**
 * Resumable uploads over the tus 1.0 protocol ({@code POST} to create with {@code Upload-Length}, {@code HEAD} for the
 * offset, {@code PATCH} to append at {@code Upload-Offset}, {@code DELETE} to give up), for a student in a launch: every
 * request carries the launch context ({@code ?lc=}) and is bound to its owner (platform, student and course), so
 * nobody else can look at, add to or end an upload. {@code Upload-Metadata} names the {@code purpose} (required) and the
 * owning feature's {@code ref}. The purpose's limit is checked before anything is stored; the file's type is read from
 * the first chunk's bytes (refused at once when it is not a sound, film or photo the purpose takes) and again from the
 * whole file when it is complete. Then the file moves into the media store and the last {@code PATCH} answers its id
 * in {@code Lpk-Media-Id}. Chunks go straight to disk as they arrive; nothing is held in memory but one buffer.
 */
@WebServlet(urlPatterns = Uploads.PATH + "/*", name = "MediaUploads")
public class MediaUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MediaUploadServlet.class);
    /** How much of a first chunk is read to tell its type: more than any container's magic numbers need. */
    static final int SNIFF = 64 * 1024;

    @Inject
    transient SignedInUser user;
    @Inject
    transient Access access;
    @Inject
    transient Media media;
    @Inject
    transient Uploads uploads;
    /** The features' own conditions on an upload (a role-play recording needs the student's consent first). */
    @Inject
    transient Instance<MediaUploadRule> rules;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        TusFileUploadService tus = uploads.service(request.getContextPath());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            tus.process(request, response); // what the server supports: nothing of anyone's
            return;
        }
        Optional<LaunchContext> launch = user.context();
        Locale locale = launch.map(LaunchContext::locale).orElse(Locale.forLanguageTag("da"));
        if (launch.isEmpty()) {
            LOG.warnf("Media upload refused: MEDIA_NO_LAUNCH (%s)", method);
            MediaAnswers.refuse(response, 401, "MEDIA_NO_LAUNCH", locale);
            return;
        }
        Optional<CourseRef> course = CourseRef.of(launch.get());
        StudentRef student = new StudentRef(launch.get().platform(), launch.get().actor().subject());
        if (course.isEmpty() || !access.mayChange(launch.get(), student, course.get())) {
            MediaAnswers.refuse(response, 403, "MEDIA_NOT_ALLOWED", locale);
            return;
        }
        String owner = ownerKey(student, course.get());
        HttpServletResponse answer = new ClearRefusals(response, locale);
        java.util.concurrent.locks.Lock working = uploads.requestLock();
        working.lock();
        try {
            switch (method) {
                case "POST" -> create(request, answer, tus, owner, launch.get(), locale);
                case "PATCH" -> append(request, answer, tus, owner, student, course.get(), locale);
                default -> tus.process(request, answer, owner);
            }
            if (answer.getStatus() == HttpServletResponse.SC_OK && !"DELETE".equals(method)
                    && !answer.containsHeader("Upload-Offset") && !answer.isCommitted()) {
                // The library answers a bare 200 when another request (a chunk whose connection just broke, another
                // tab) still holds the upload's lock: say so, so the recorder asks again in a moment.
                MediaAnswers.refuse(response, 423, "MEDIA_UPLOAD_BUSY", locale);
            }
        } catch (TusException e) {
            MediaAnswers.refuse(response, e.getStatus(), codeFor(e.getStatus()), locale);
        } finally {
            working.unlock();
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response, TusFileUploadService tus, String owner,
                        LaunchContext launch, Locale locale) throws IOException {
        Map<String, String> metadata;
        try {
            metadata = metadata(request.getHeader("Upload-Metadata"));
        } catch (IllegalArgumentException e) {
            MediaAnswers.refuse(response, 400, "MEDIA_BAD_REQUEST", locale);
            return;
        }
        Optional<MediaPurpose> purpose = media.purpose(metadata.get("purpose"));
        if (purpose.isEmpty()) {
            MediaAnswers.refuse(response, 400, "MEDIA_PURPOSE_UNKNOWN", locale);
            return;
        }
        String ref = metadata.get("ref");
        if (ref != null && (ref.length() > NewMedia.MAX_REFERENCE || ref.codePoints().anyMatch(Character::isISOControl))) {
            MediaAnswers.refuse(response, 400, "MEDIA_BAD_REQUEST", locale);
            return;
        }
        for (MediaUploadRule rule : rules) {
            Optional<String> refused = rule.refusal(purpose.get().name(), ref, launch);
            if (refused.isPresent()) {
                LOG.warnf("Media upload refused: %s (%s)", refused.get(), purpose.get().name());
                MediaAnswers.refuse(response, 403, refused.get(), locale);
                return;
            }
        }
        long length = length(request.getHeader("Upload-Length"));
        if (length < 0) {
            MediaAnswers.refuse(response, 400, "MEDIA_LENGTH_MISSING", locale);
            return;
        }
        if (length == 0) {
            MediaAnswers.refuse(response, 400, "MEDIA_EMPTY", locale);
            return;
        }
        if (length > purpose.get().maxBytes()) {
            LOG.warnf("Media upload refused: MEDIA_TOO_LARGE (%d bytes for %s)", length, purpose.get().name());
            MediaAnswers.refuse(response, 413, "MEDIA_TOO_LARGE", locale);
            return;
        }
        if (request.getContentLengthLong() > 0) {
            // creation-with-upload would store bytes before their type is known: a recorder creates, then appends
            MediaAnswers.refuse(response, 400, "MEDIA_BAD_REQUEST", locale);
            return;
        }
        tus.process(request, response, owner);
    }

    private void append(HttpServletRequest request, HttpServletResponse response, TusFileUploadService tus, String owner,
                        StudentRef student, CourseRef course, Locale locale) throws IOException, TusException {
        String uri = request.getRequestURI();
        UploadInfo info = tus.getUploadInfo(uri, owner);
        if (info == null) {
            MediaAnswers.refuse(response, 404, "MEDIA_UPLOAD_UNKNOWN", locale);
            return;
        }
        MediaPurpose purpose = media.purpose(info.getMetadata().get("purpose")).orElse(null);
        if (purpose == null) {
            tus.deleteUpload(uri, owner);
            MediaAnswers.refuse(response, 400, "MEDIA_PURPOSE_UNKNOWN", locale);
            return;
        }
        HttpServletRequest body = request;
        if (info.getOffset() == 0 && "0".equals(request.getHeader("Upload-Offset"))) {
            byte[] head = request.getInputStream().readNBytes(SNIFF);
            ContentCheck.Detected detected = ContentCheck.detect(new BufferedInputStream(new ByteArrayInputStream(head)));
            boolean enough = head.length == SNIFF || head.length == info.getLength();
            if (enough && ContentCheck.kindFor(detected, purpose).isEmpty()) {
                tus.deleteUpload(uri, owner);
                LOG.warnf("Media upload refused: MEDIA_TYPE_REFUSED (%s for %s, first chunk)", detected.contentType(),
                        purpose.name());
                MediaAnswers.refuse(response, 415, "MEDIA_TYPE_REFUSED", locale);
                return;
            }
            body = new Replayed(request, head);
        }
        tus.process(body, response, owner);
        UploadInfo after = tus.getUploadInfo(uri, owner);
        if (after != null && !after.isUploadInProgress() && response.getStatus() == HttpServletResponse.SC_NO_CONTENT) {
            finish(response, tus, uri, owner, new NewMedia(student, course, purpose, after.getMetadata().get("ref")), locale);
        }
    }

    /** The upload is complete: check the whole file, move it into the store, forget the upload. */
    private void finish(HttpServletResponse response, TusFileUploadService tus, String uri, String owner, NewMedia what,
                        Locale locale) throws IOException, TusException {
        try (InputStream bytes = tus.getUploadedBytes(uri, owner)) {
            MediaItem item = media.putUploaded(what, bytes);
            response.setHeader("Lpk-Media-Id", item.id().toString());
            response.setHeader("Lpk-Media-Type", item.contentType());
        } catch (MediaRefused e) {
            LOG.warnf("Media upload refused: %s", e.getMessage());
            MediaAnswers.refuse(response, e.reason() == MediaRefused.Reason.MEDIA_TOO_LARGE ? 413 : 415,
                    e.reason().name(), locale);
        } finally {
            tus.deleteUpload(uri, owner);
        }
    }

    /** The owner an upload is bound to: this student in this course of this school (a hash, not their LMS id). */
    static String ownerKey(StudentRef student, CourseRef course) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((student.platform().value() + "|" + student.subject()
                    + "|" + course.courseId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** tus {@code Upload-Metadata}: comma-separated {@code key base64value} pairs. */
    static Map<String, String> metadata(String header) {
        Map<String, String> values = new HashMap<>();
        if (header == null || header.isBlank()) {
            return values;
        }
        if (header.length() > 2048) {
            throw new IllegalArgumentException("metadata too long");
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", -1);
            if (parts.length > 2 || parts[0].isEmpty()) {
                throw new IllegalArgumentException("not a key and a value");
            }
            values.put(parts[0], parts.length == 1 ? "" : new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** A non-negative decimal length, or -1 when there is none or it is not one. */
    static long length(String header) {
        if (header == null || !header.matches("\\d{1,18}")) {
            return -1;
        }
        return Long.parseLong(header);
    }

    static String codeFor(int status) {
        return switch (status) {
            case 404, 410 -> "MEDIA_UPLOAD_UNKNOWN";
            case 409 -> "MEDIA_OFFSET_CONFLICT";
            case 406, 412, 415 -> "MEDIA_PROTOCOL";
            case 413 -> "MEDIA_TOO_LARGE";
            case 423 -> "MEDIA_UPLOAD_BUSY";
            default -> "MEDIA_BAD_REQUEST";
        };
    }

    /** The library's own refusals (wrong offset, unknown upload, missing headers) as the same clear answers as ours. */
    private static final class ClearRefusals extends HttpServletResponseWrapper {
        private final Locale locale;

        ClearRefusals(HttpServletResponse response, Locale locale) {
            super(response);
            this.locale = locale;
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            MediaAnswers.refuse((HttpServletResponse) getResponse(), status, codeFor(status), locale);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }
    }

    /** The request with the bytes already read to tell the type put back in front of the rest of the body. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final ServletInputStream body;

        Replayed(HttpServletRequest request, byte[] head) throws IOException {
            super(request);
            ServletInputStream rest = request.getInputStream();
            InputStream joined = new SequenceInputStream(new ByteArrayInputStream(head), rest);
            this.body = new ServletInputStream() {
                private boolean finished;

                @Override
                public boolean isFinished() {
                    return finished;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("Blocking reads only");
                }

                @Override
                public int read() throws IOException {
                    int b = joined.read();
                    finished = b < 0;
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = joined.read(b, off, len);
                    finished = n < 0;
                    return n;
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }
    }
}
