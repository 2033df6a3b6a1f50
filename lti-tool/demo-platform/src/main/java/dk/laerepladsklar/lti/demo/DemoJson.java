package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.ws.rs.core.Response;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/** JSON in and out of the demo LMS's services, through Nimbus's JSON utilities. */
final class DemoJson {

    private DemoJson() {
    }

    /** @throws IllegalArgumentException when the body is not a JSON object */
    static Map<String, Object> object(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        try {
            return JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
    }

    static Response.ResponseBuilder ok(int status, String mediaType, Map<String, ?> json) {
        return Response.status(status).type(mediaType).header("Cache-Control", "no-store")
                .entity(JSONObjectUtils.toJSONString(json));
    }

    static Response.ResponseBuilder ok(int status, String mediaType, List<?> json) {
        return Response.status(status).type(mediaType).header("Cache-Control", "no-store")
                .entity(JSONArrayUtils.toJSONString(json));
    }

    /** Whether a request's Content-Type is the given media type (parameters such as a charset aside). */
    static boolean isType(String contentType, String mediaType) {
        return contentType != null && contentType.split(";", 2)[0].trim().equalsIgnoreCase(mediaType);
    }
}
