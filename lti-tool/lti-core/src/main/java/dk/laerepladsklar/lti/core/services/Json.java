package dk.laerepladsklar.lti.core.services;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the JSON of service calls (with the JSON library Nimbus JOSE already carries). */
public final class Json {

    private Json() {
    }

    /** The body as a JSON object, whatever Content-Type the platform put on it. */
    public static Map<String, Object> object(String body) throws ParseException {
        if (body == null || body.isBlank()) {
            throw new ParseException("empty body", 0);
        }
        return JSONObjectUtils.parse(body.strip());
    }

    /** The body as a JSON object, or empty if it is none (e.g. an HTML error page). */
    public static Optional<Map<String, Object>> objectIfAny(String body) {
        try {
            return Optional.of(object(body));
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static String write(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(object);
    }

    public static String text(Map<String, Object> object, String name) {
        Object value = object == null ? null : object.get(name);
        return value instanceof String s ? s : null;
    }

    public static Map<String, Object> child(Map<String, Object> object, String name) {
        Object value = object == null ? null : object.get(name);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> child = (Map<String, Object>) map;
            return child;
        }
        return null;
    }

    public static List<String> texts(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
        return List.of();
    }
}
