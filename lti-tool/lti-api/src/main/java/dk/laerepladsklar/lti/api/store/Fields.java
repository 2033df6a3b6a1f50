package dk.laerepladsklar.lti.api.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A compact text encoding of a record's fields for a {@link SharedStore}: each field is its length, a colon and its
 * text, or {@code ~} for null, so any text (colons, line breaks, anything a platform sent) comes back unchanged and
 * no field can run into the next. Only what wrote a value reads it back, in the same order.
 */
public final class Fields {

    private Fields() {
    }

    public static Writer writer() {
        return new Writer();
    }

    public static Reader reader(String encoded) {
        return new Reader(encoded);
    }

    /** Writes fields in order. */
    public static final class Writer {
        private final StringBuilder out = new StringBuilder(128);

        public Writer text(String value) {
            if (value == null) {
                out.append('~');
            } else {
                out.append(value.length()).append(':').append(value);
            }
            return this;
        }

        public Writer number(long value) {
            return text(Long.toString(value));
        }

        public Writer uuid(UUID value) {
            return text(value == null ? null : value.toString());
        }

        public Writer flag(Boolean value) {
            return text(value == null ? null : value ? "1" : "0");
        }

        /** A collection of texts (null stays null). */
        public Writer texts(Collection<String> values) {
            if (values == null) {
                return text(null);
            }
            number(values.size());
            values.forEach(this::text);
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** Reads fields in the order they were written; a value not written by {@link Writer} is refused. */
    public static final class Reader {
        private final String in;
        private int at;

        Reader(String in) {
            this.in = in;
        }

        public String text() {
            if (at >= in.length()) {
                throw new IllegalArgumentException("no more fields");
            }
            if (in.charAt(at) == '~') {
                at++;
                return null;
            }
            int colon = in.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalArgumentException("not an encoded field at " + at);
            }
            int length = Integer.parseInt(in, at, colon, 10);
            int end = colon + 1 + length;
            if (length < 0 || end > in.length()) {
                throw new IllegalArgumentException("field runs past the end at " + at);
            }
            at = end;
            return in.substring(colon + 1, end);
        }

        public long number() {
            return Long.parseLong(text());
        }

        public UUID uuid() {
            String text = text();
            return text == null ? null : UUID.fromString(text);
        }

        public Boolean flag() {
            String text = text();
            return text == null ? null : text.equals("1");
        }

        public List<String> texts() {
            String count = text();
            if (count == null) {
                return null;
            }
            int n = Integer.parseInt(count);
            List<String> values = new ArrayList<>(Math.min(n, 64));
            for (int i = 0; i < n; i++) {
                values.add(text());
            }
            return values;
        }

        /** Whether every field was read. */
        public boolean done() {
            return at == in.length();
        }
    }
}
