package dk.laerepladsklar.media.control;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, read from its first bytes with Tika's magic numbers (tika-core, no parsers): the name and
 * the type the browser sent are never asked, so an HTML page renamed {@code .webm} is HTML. Only containers browsers
 * play and photos they show are accepted; HTML, SVG, scripts, documents and anything unknown are refused.
 */
public final class ContentCheck {

    /** A detected type: what it is served as, and which kinds such a container may hold. */
    public record Detected(String contentType, Set<MediaKind> kinds) {
        public boolean acceptable() {
            return !kinds.isEmpty();
        }
    }

    private static final Set<MediaKind> SOUND_OR_FILM = EnumSet.of(MediaKind.AUDIO, MediaKind.VIDEO);
    /** Detected type → the type it is served as, and what it may hold. A webm or mp4 can hold sound alone. */
    private static final Map<String, Detected> ACCEPTED = Map.ofEntries(
            Map.entry("video/webm", new Detected("video/webm", SOUND_OR_FILM)),
            Map.entry("audio/webm", new Detected("audio/webm", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("video/mp4", new Detected("video/mp4", SOUND_OR_FILM)),
            Map.entry("application/mp4", new Detected("video/mp4", SOUND_OR_FILM)),
            Map.entry("video/quicktime", new Detected("video/quicktime", SOUND_OR_FILM)),
            Map.entry("audio/mp4", new Detected("audio/mp4", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/x-m4a", new Detected("audio/mp4", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/ogg", new Detected("audio/ogg", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/opus", new Detected("audio/ogg", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/vorbis", new Detected("audio/ogg", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("video/ogg", new Detected("video/ogg", SOUND_OR_FILM)),
            Map.entry("application/ogg", new Detected("audio/ogg", SOUND_OR_FILM)),
            Map.entry("audio/vnd.wave", new Detected("audio/wav", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/wav", new Detected("audio/wav", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("audio/x-wav", new Detected("audio/wav", EnumSet.of(MediaKind.AUDIO))),
            Map.entry("image/jpeg", new Detected("image/jpeg", EnumSet.of(MediaKind.IMAGE))),
            Map.entry("image/png", new Detected("image/png", EnumSet.of(MediaKind.IMAGE))),
            Map.entry("image/webp", new Detected("image/webp", EnumSet.of(MediaKind.IMAGE))));

    /** The types the download serves inline; anything else (there should be nothing else) is an attachment. */
    public static final Set<String> PLAYABLE = Set.of("video/webm", "audio/webm", "video/mp4", "video/quicktime",
            "audio/mp4", "audio/ogg", "video/ogg", "audio/wav", "image/jpeg", "image/png", "image/webp");

    private static final int HEAD = 64;
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private ContentCheck() {
    }

    /**
     * The type of the stream's first bytes; the stream is left where it was (it must support mark and reset, as a
     * {@link BufferedInputStream} does).
     */
    public static Detected detect(InputStream content) throws IOException {
        if (!content.markSupported()) {
            throw new IllegalArgumentException("The stream must support mark and reset");
        }
        MediaType type = TYPES.detect(content, new Metadata()); // no name: the bytes alone decide
        String base = refine(type.getBaseType().toString(), head(content));
        return ACCEPTED.getOrDefault(base, new Detected(base, Set.of()));
    }

    /**
     * Tika's core magic tells a Matroska file but not whether it is WebM, an Ogg but not whether it holds sound alone,
     * and files ISO media (mp4, m4a, QuickTime) by
     * their first brand only loosely: the container's own header says which it is.
     */
    static String refine(String detected, byte[] head) {
        if (detected.equals("application/x-matroska") || detected.equals("video/x-matroska")
                || detected.equals("audio/x-matroska")) {
            // The EBML header's DocType element (id 0x4282, then its size) names "webm" or "matroska".
            String header = new String(head, StandardCharsets.ISO_8859_1);
            int docType = header.indexOf("\u0042\u0082");
            return docType >= 0 && header.startsWith("webm", docType + 3) ? "video/webm" : "video/x-matroska";
        }
        if (detected.equals("application/ogg")) {
            // An Ogg whose first page starts an Opus or Vorbis stream is a sound (Firefox's audio/ogg), not a film.
            String header = new String(head, StandardCharsets.ISO_8859_1);
            return header.contains("OpusHead") || header.contains("\u0001vorbis") ? "audio/ogg" : detected;
        }
        if (head.length >= 12 && new String(head, 4, 4, StandardCharsets.ISO_8859_1).equals("ftyp")) {
            if (!wellFormedIsoStart(head)) {
                return "application/octet-stream"; // an ftyp glued onto something else, e.g. a page
            }
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            return switch (brand) {
                case "qt  " -> "video/quicktime";
                case "M4A ", "M4B " -> "audio/mp4";
                case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "MSNV", "M4V " -> "video/mp4";
                default -> detected;
            };
        }
        return detected;
    }

    /**
     * An ISO media file (mp4, m4a, mov; also the fragmented mp4 that Safari's and Chrome's MediaRecorder write: ftyp,
     * moov, then moof + mdat pairs) starts with an ftyp box of a sane size whose brands are four printable characters,
     * followed by another box whose type is four letters, digits or spaces ({@code moov}, {@code free}, {@code mdat},
     * {@code wide}, {@code moof}, …). Anything else only pretends.
     */
    static boolean wellFormedIsoStart(byte[] head) {
        long size = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
        if (size < 16 || size % 4 != 0 || size > 256) {
            return false;
        }
        int brands = (int) Math.min(size, head.length);
        for (int i = 8; i + 4 <= brands; i += 4) {
            if (i != 12 && !fourCc(head, i, true)) { // bytes 12-15 are the minor version, a number
                return false;
            }
        }
        if (size + 8 > head.length) {
            return true; // a long brand list: the next box lies beyond what was read
        }
        return fourCc(head, (int) size + 4, false);
    }

    private static boolean fourCc(byte[] bytes, int at, boolean anyPrintable) {
        for (int i = at; i < at + 4; i++) {
            char c = (char) (bytes[i] & 0xFF);
            boolean ok = anyPrintable ? c >= 0x20 && c < 0x7F
                    : Character.isLetterOrDigit(c) && c < 0x7F || c == ' ';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static byte[] head(InputStream content) throws IOException {
        content.mark(HEAD);
        try {
            return content.readNBytes(HEAD);
        } finally {
            content.reset();
        }
    }

    /** The kind a file of this type is stored as for this purpose, if the purpose accepts it at all. */
    public static Optional<MediaKind> kindFor(Detected detected, MediaPurpose purpose) {
        // A webm may be a film or a voice: for a purpose that takes films, it is a film; for a voice answer, a voice.
        for (MediaKind kind : new MediaKind[] {MediaKind.VIDEO, MediaKind.AUDIO, MediaKind.IMAGE}) {
            if (detected.kinds().contains(kind) && purpose.accepts(kind)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
