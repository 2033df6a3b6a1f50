package dk.laerepladsklar.media.control;

import dk.laerepladsklar.kernel.media.MediaKind;
import dk.laerepladsklar.kernel.media.MediaPurpose;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
            Map.entry("video/x-matroska", new Detected("video/webm", SOUND_OR_FILM)),
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
        String base = type.getBaseType().toString();
        return ACCEPTED.getOrDefault(base, new Detected(base, Set.of()));
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
