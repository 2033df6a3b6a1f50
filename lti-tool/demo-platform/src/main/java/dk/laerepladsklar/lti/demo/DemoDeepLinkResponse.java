package dk.laerepladsklar.lti.demo;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tool's Deep Linking response, read and checked as Moodle does (after its signature was verified):
 * {@code iss} is the client id, {@code aud} the issuer, the deployment is the tool's, the message type and
 * version are right, a nonce is present and the token is current. Only {@code ltiResourceLink} items are
 * accepted; a {@code lineItem} in one asks for a gradebook column.
 *
 * @param data the {@code data} the tool echoed, or null
 */
public record DemoDeepLinkResponse(String data, List<Item> items, String message, String errorMessage) {

    static final long LEEWAY_SECONDS = 60;

    /** A column asked for with a link. */
    public record LineItem(double scoreMaximum, String label, String resourceId, String tag,
                           DemoSubmissionReview submissionReview) {

        public LineItem(double scoreMaximum, String label, String resourceId, String tag) {
            this(scoreMaximum, label, resourceId, tag, null);
        }
    }

    /** An {@code ltiResourceLink} content item. */
    public record Item(String title, String text, String url, Map<String, String> custom, LineItem lineItem) {
    }

    /** Why a response was refused; the message is a short code shown on the error page. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    public static DemoDeepLinkResponse read(JWTClaimsSet claims, String issuer, DemoToolClient client, Instant now)
            throws Refused {
        if (!client.clientId().equals(claims.getIssuer())) {
            throw new Refused("iss_is_not_the_client_id");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(issuer)) {
            throw new Refused("aud_is_not_the_issuer");
        }
        if (!client.deploymentId().equals(text(claims, LtiClaims.DEPLOYMENT_ID))) {
            throw new Refused("wrong_deployment_id");
        }
        if (!LtiClaims.DEEP_LINKING_RESPONSE.equals(text(claims, LtiClaims.MESSAGE_TYPE))) {
            throw new Refused("wrong_message_type");
        }
        if (!LtiClaims.LTI_VERSION.equals(text(claims, LtiClaims.VERSION))) {
            throw new Refused("wrong_version");
        }
        String nonce = text(claims, "nonce");
        if (nonce == null || nonce.isBlank()) {
            throw new Refused("nonce_missing");
        }
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new Refused("exp_or_iat_missing");
        }
        if (exp.toInstant().isBefore(now.minusSeconds(LEEWAY_SECONDS))) {
            throw new Refused("expired");
        }
        if (iat.toInstant().isAfter(now.plusSeconds(LEEWAY_SECONDS))) {
            throw new Refused("iat_in_future");
        }
        return new DemoDeepLinkResponse(text(claims, LtiClaims.DEEP_LINKING_DATA), items(claims),
                text(claims, "https://purl.imsglobal.org/spec/lti-dl/claim/msg"),
                text(claims, "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg"));
    }

    private static List<Item> items(JWTClaimsSet claims) throws Refused {
        Object value = claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new Refused("content_items_not_an_array");
        }
        List<Item> items = new ArrayList<>();
        for (Object element : list) {
            if (!(element instanceof Map<?, ?> item)) {
                throw new Refused("content_item_not_an_object");
            }
            if (!"ltiResourceLink".equals(item.get("type"))) {
                throw new Refused("content_item_type_not_accepted");
            }
            items.add(new Item(string(item.get("title")), string(item.get("text")), string(item.get("url")),
                    custom(item.get("custom")), lineItem(item.get("lineItem"))));
        }
        return items;
    }

    private static Map<String, String> custom(Object value) throws Refused {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new Refused("custom_not_an_object");
        }
        Map<String, String> custom = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getValue() instanceof String text)) {
                throw new Refused("custom_value_not_a_string");
            }
            custom.put(String.valueOf(entry.getKey()), text);
        }
        return custom;
    }

    private static LineItem lineItem(Object value) throws Refused {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> map) || !(map.get("scoreMaximum") instanceof Number max)
                || max.doubleValue() <= 0) {
            throw new Refused("line_item_needs_a_positive_score_maximum");
        }
        return new LineItem(max.doubleValue(), string(map.get("label")), string(map.get("resourceId")),
                string(map.get("tag")), DemoSubmissionReview.read(map.get("submissionReview")));
    }

    private static String text(JWTClaimsSet claims, String name) throws Refused {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw new Refused(name.substring(name.lastIndexOf('/') + 1) + "_not_a_string");
        }
    }

    private static String string(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
