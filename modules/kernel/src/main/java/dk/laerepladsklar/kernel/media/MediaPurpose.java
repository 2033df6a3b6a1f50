package dk.laerepladsklar.kernel.media;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a file is uploaded for, and so what it may be: a role-play recording may be a film or a sound up to 300 MB, a
 * voice answer only a sound. The owning feature names its purposes ({@link MediaPurposes}); an upload must name one.
 *
 * @param name     {@code [a-z0-9-]{1,40}}, as an upload names it
 * @param maxBytes the largest file accepted, checked before the first byte is stored and again while storing
 * @param kinds    the kinds accepted, checked on the bytes themselves
 */
public record MediaPurpose(String name, long maxBytes, Set<MediaKind> kinds) {

    public MediaPurpose {
        if (name == null || !name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("Not a purpose name: " + name);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("A purpose needs a size limit");
        }
        Objects.requireNonNull(kinds, "kinds");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("A purpose accepts at least one kind");
        }
        kinds = Set.copyOf(EnumSet.copyOf(kinds));
    }

    public static MediaPurpose of(String name, long maxBytes, MediaKind first, MediaKind... more) {
        return new MediaPurpose(name, maxBytes, EnumSet.of(first, more));
    }

    public boolean accepts(MediaKind kind) {
        return kinds.contains(kind);
    }
}
