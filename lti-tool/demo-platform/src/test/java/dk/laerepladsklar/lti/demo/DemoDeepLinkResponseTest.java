package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoDeepLinkResponseTest {

    private static final String ISSUER = "http://127.0.0.1:8080/api/demo-lms";
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final DemoToolClient CLIENT = new DemoToolClient("dyn-1", "dyn-deployment-1", "http://t/login",
            List.of("http://t/launch"), "http://t/jwks", "http://t/", "http://t/", "Tool", List.of());

    private static JWTClaimsSet.Builder valid() {
        return new JWTClaimsSet.Builder().issuer("dyn-1").audience(ISSUER)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(60)))
                .claim("nonce", "n-1")
                .claim(LtiClaims.DEPLOYMENT_ID, "dyn-deployment-1")
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, "1.3.0")
                .claim(LtiClaims.DEEP_LINKING_DATA, "dl-abc")
                .claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS, List.of(
                        Map.of("type", "ltiResourceLink", "title", "Jobsamtale", "custom", Map.of("activity", "job-interview"),
                                "lineItem", Map.of("scoreMaximum", 100, "label", "Jobsamtale", "resourceId", "tm:job", "tag", "progress")),
                        Map.of("type", "ltiResourceLink", "title", "CV")));
    }

    private static DemoDeepLinkResponse read(JWTClaimsSet.Builder claims) throws Exception {
        return DemoDeepLinkResponse.read(claims.build(), ISSUER, CLIENT, NOW);
    }

    private static String refusal(JWTClaimsSet.Builder claims) {
        return assertThrows(DemoDeepLinkResponse.Refused.class, () -> read(claims)).getMessage();
    }

    @Test
    void readsTheItemsAndTheirColumns() throws Exception {
        DemoDeepLinkResponse response = read(valid());

        assertEquals("dl-abc", response.data());
        assertEquals(2, response.items().size());
        DemoDeepLinkResponse.Item first = response.items().get(0);
        assertEquals("Jobsamtale", first.title());
        assertEquals(Map.of("activity", "job-interview"), first.custom());
        assertEquals(new DemoDeepLinkResponse.LineItem(100, "Jobsamtale", "tm:job", "progress"), first.lineItem());
        assertNull(response.items().get(1).lineItem());
    }

    @Test
    void noItemsAndNoDataAreReadAsSuch() throws Exception {
        DemoDeepLinkResponse response = read(valid().claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS, null)
                .claim(LtiClaims.DEEP_LINKING_DATA, null));

        assertEquals(List.of(), response.items());
        assertNull(response.data());
    }

    @Test
    void refusesWhatMoodleRefuses() {
        assertEquals("iss_is_not_the_client_id", refusal(valid().issuer("dyn-2")));
        assertEquals("aud_is_not_the_issuer", refusal(valid().audience("http://elsewhere")));
        assertEquals("wrong_deployment_id", refusal(valid().claim(LtiClaims.DEPLOYMENT_ID, "other")));
        assertEquals("wrong_message_type", refusal(valid().claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)));
        assertEquals("wrong_version", refusal(valid().claim(LtiClaims.VERSION, "1.1")));
        assertEquals("nonce_missing", refusal(valid().claim("nonce", null)));
        assertEquals("exp_or_iat_missing", refusal(valid().issueTime(null)));
        assertEquals("expired", refusal(valid().expirationTime(Date.from(NOW.minusSeconds(61)))));
        assertEquals("iat_in_future", refusal(valid().issueTime(Date.from(NOW.plusSeconds(61)))));
    }

    @Test
    void refusesItemsItDidNotAskFor() {
        assertEquals("content_item_type_not_accepted", refusal(valid().claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS,
                List.of(Map.of("type", "link", "url", "http://x")))));
        assertEquals("custom_value_not_a_string", refusal(valid().claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS,
                List.of(Map.of("type", "ltiResourceLink", "custom", Map.of("n", 1))))));
        assertEquals("line_item_needs_a_positive_score_maximum", refusal(valid().claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS,
                List.of(Map.of("type", "ltiResourceLink", "lineItem", Map.of("label", "x"))))));
    }
}
