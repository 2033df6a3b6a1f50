package dk.laerepladsklar.kernel.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny XHTML template, so the PDFs' markup and layout stay in a file a designer can read and no words of a student
 * ever reach the markup unescaped: {@code {{name}}} is a value, always escaped (here and nowhere else);
 * {@code {{#name}}…{{/name}}} repeats its inside for each item of a list (a map's names, or {@code {{.}}} for a plain
 * value) and shows it once for {@code true}; {@code {{^name}}…{{/name}}} shows its inside when the value is missing,
 * false or empty. Inside a repeat, a name not found in the item is looked up outside it. There is no way to put raw
 * markup in a value.
 */
public final class XhtmlTemplate {

    private static final Pattern SECTION = Pattern.compile("\\{\\{([#^])([a-zA-Z0-9_.-]+)}}(.*?)\\{\\{/\\2}}",
            Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("\\{\\{([a-zA-Z0-9_.-]+)}}");

    private final String source;

    public XhtmlTemplate(String source) {
        this.source = source;
    }

    /** A template from the classpath (UTF-8). */
    public static XhtmlTemplate resource(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No template " + name);
            }
            return new XhtmlTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String render(Map<String, ?> model) {
        return render(source, new Scope(model, null));
    }

    private static String render(String text, Scope scope) {
        StringBuilder out = new StringBuilder();
        Matcher m = SECTION.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(values(text.substring(at, m.start()), scope));
            Object value = scope.get(m.group(2));
            String inside = m.group(3);
            if ("^".equals(m.group(1))) {
                if (isEmpty(value)) {
                    out.append(render(inside, scope));
                }
            } else if (value instanceof Collection<?> items) {
                for (Object item : items) {
                    out.append(render(inside, new Scope(item, scope)));
                }
            } else if (!isEmpty(value)) {
                out.append(render(inside, value instanceof Map<?, ?> ? new Scope(value, scope) : scope));
            }
            at = m.end();
        }
        out.append(values(text.substring(at), scope));
        return out.toString();
    }

    private static String values(String text, Scope scope) {
        Matcher m = VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = scope.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(escape(value == null ? "" : String.valueOf(value))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean isEmpty(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof String s && s.isEmpty();
    }

    /**
     * Text as XHTML character data and attribute values: the five markup characters as entities, and characters XML 1.0
     * does not allow at all (control characters, lone surrogates) dropped.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** The names visible at one place in the template: the item's, then the enclosing ones. */
    private record Scope(Object item, Scope outer) {

        Object get(String name) {
            if (".".equals(name)) {
                return item;
            }
            if (item instanceof Map<?, ?> map && map.containsKey(name)) {
                return map.get(name);
            }
            return outer == null ? null : outer.get(name);
        }
    }

    /** Paragraphs of a text as the student wrote it: one per line, blank lines dropped. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
