package dk.laerepladsklar.media.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110, section 14), resolved against a file's size. Players ask
 * for one range at a time ({@code bytes=0-}, {@code bytes=1000-}, {@code bytes=-500}); a header that is not one
 * well-formed byte range is ignored, as the RFC lets a server do, and the whole file is sent.
 *
 * @param first the first byte, inclusive
 * @param last  the last byte, inclusive
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    public long length() {
        return last - first + 1;
    }

    /** What a {@code Range} header asks of a file of {@code size} bytes. */
    public sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one to ignore: the whole file, 200. */
    public record Whole() implements Request {
    }

    /** One satisfiable range: 206. */
    public record Part(ByteRange range) implements Request {
    }

    /** A well-formed range that lies wholly past the end (or a suffix of zero bytes): 416. */
    public record Unsatisfiable() implements Request {
    }

    public static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return new Whole(); // several ranges, other units, garbage: ignored
        }
        if (m.group(1).isEmpty()) { // bytes=-n: the last n bytes
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(m.group(1));
        Optional<Long> last = m.group(2).isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(m.group(2)));
        if (last.isPresent() && last.get() < first) {
            return new Whole(); // invalid: ignored
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first, Math.min(last.orElse(size - 1), size - 1)));
    }
}
