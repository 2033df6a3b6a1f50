package dk.laerepladsklar.lti.core.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.laerepladsklar.lti.api.AutoPost;
import dk.laerepladsklar.lti.api.ContentItem;
import dk.laerepladsklar.lti.api.DeepLinkingOptions;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.api.LtiContext;
import dk.laerepladsklar.lti.api.LtiUser;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Role;
import dk.laerepladsklar.lti.core.keys.TestToolKeys;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.services.MutableClock;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import dk.laerepladsklar.lti.core.validation.ValidatedLaunch;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DeepLinkingResponder}: the signed answer to a Deep Linking request as Moodle 4.5 and Canvas send them. */
class DeepLinkingResponderTest {

    private static final String ISSUER = "https://moodle.skole.example";
    private static final String CLIENT_ID = "lpk-moodle-client";
    private static final String RETURN_URL = ISSUER + "/mod/lti/contentitem_return.php?course=2&id=4&sesskey=abc";
    private static final String TARGET_LINK_URI = "https://lpk.example/api/lti/launch";
    private static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");

    private static ToolKeys toolKeys;

    private final MutableClock clock = new MutableClock(NOW);
    private final DeepLinkingRequests requests = new DeepLinkingRequests();
    private final DeepLinkingResponder responder = new DeepLinkingResponder();
    private final Registration moodle = new Registration(new PlatformId(UUID.randomUUID()), ISSUER, CLIENT_ID, "Skolens Moodle",
            ISSUER + "/mod/lti/auth.php", ISSUER + "/mod/lti/token.php", ISSUER + "/mod/lti/certs.php", Set.of("1"), List.of(), NOW);

    private static final ContentItem INTERVIEW = new ContentItem("Jobsamtale", "Øv en jobsamtale",
            Map.of("activity", "job-interview"), new LineItemSpec(100, "Jobsamtale", "teaching-module:job-interview", "progress"));
    private static final ContentItem WEEK_PLAN = new ContentItem("Ugeplan", null, Map.of("activity", "week-plan"), null);

    @BeforeAll
    static void keys() {
        toolKeys = TestToolKeys.withOneKey();
    }

    @BeforeEach
    void wire() {
        requests.clock = clock;
        responder.requests = requests;
        responder.toolKeys = toolKeys;
        responder.clock = clock;
    }

    /** Moodle's settings: one type, several items, no accept_lineitem and no data. */
    private static Map<String, Object> moodleSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("deep_link_return_url", RETURN_URL);
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
        settings.put("accept_multiple", true);
        settings.put("title", "Lærepladsklar");
        return settings;
    }

    private UUID request(Map<String, Object> settings) {
        Launch launch = new Launch(UUID.randomUUID(), LaunchKind.DEEP_LINKING,
                new LtiUser(moodle.platformId(), "3", "Hanne Holm", null, null, null),
                new LtiContext(moodle.platformId(), "2", "Tømrer GF2", "GF2"), null, Set.of(Role.INSTRUCTOR), null, "1",
                Map.of(), null, null);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT_ID).subject("3")
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.TARGET_LINK_URI, TARGET_LINK_URI)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, settings).build();
        requests.keep(new ValidatedLaunch(launch, moodle, claims));
        return launch.id();
    }

    private static JWTClaimsSet verified(AutoPost post) throws Exception {
        assertEquals(Set.of("JWT"), post.fields().keySet());
        SignedJWT jwt = SignedJWT.parse(post.fields().get("JWT"));
        assertEquals(toolKeys.currentKid(), jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(TestToolKeys.publicKey(toolKeys))), "signed by the tool's current key");
        return jwt.getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> contentItems(JWTClaimsSet claims) {
        return (List<Map<String, Object>>) claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS);
    }

    @Test
    void theResponseIsSignedByTheToolForThePlatformAndPostedToTheReturnUrl() throws Exception {
        AutoPost post = responder.respond(request(moodleSettings()), List.of(INTERVIEW));

        assertEquals(RETURN_URL, post.url());
        JWTClaimsSet claims = verified(post);
        assertEquals(CLIENT_ID, claims.getIssuer());
        assertEquals(List.of(ISSUER), claims.getAudience());
        assertEquals(NOW, claims.getIssueTime().toInstant());
        assertEquals(NOW.plusSeconds(300), claims.getExpirationTime().toInstant());
        assertTrue(claims.getStringClaim("nonce").length() >= 32);
        assertEquals("1", claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getStringClaim(LtiClaims.VERSION));
        assertNull(claims.getClaim(LtiClaims.DEEP_LINKING_DATA), "Moodle sent no data");
    }

    @Test
    void eachItemIsAResourceLinkToTheToolWithItsCustomParametersAndColumn() throws Exception {
        List<Map<String, Object>> items = contentItems(verified(responder.respond(request(moodleSettings()), List.of(INTERVIEW, WEEK_PLAN))));

        assertEquals(2, items.size());
        Map<String, Object> interview = items.get(0);
        assertEquals("ltiResourceLink", interview.get("type"));
        assertEquals("Jobsamtale", interview.get("title"));
        assertEquals("Øv en jobsamtale", interview.get("text"));
        assertEquals(TARGET_LINK_URI, interview.get("url"));
        assertEquals(Map.of("activity", "job-interview"), interview.get("custom"));
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) interview.get("lineItem");
        assertEquals(100.0, ((Number) lineItem.get("scoreMaximum")).doubleValue());
        assertEquals("Jobsamtale", lineItem.get("label"));
        assertEquals("teaching-module:job-interview", lineItem.get("resourceId"));
        assertEquals("progress", lineItem.get("tag"));
        // Submission Review: the column offers the teacher the student's work, launched at the tool's target link.
        Map<String, Object> review = (Map<String, Object>) lineItem.get("submissionReview");
        assertEquals(java.util.List.of("Submitted", "Completed"), review.get("reviewableStatus"));
        assertEquals(interview.get("url"), review.get("url"));

        Map<String, Object> weekPlan = items.get(1);
        assertEquals("Ugeplan", weekPlan.get("title"));
        assertFalse(weekPlan.containsKey("text"));
        assertFalse(weekPlan.containsKey("lineItem"));
    }

    @Test
    void theRequestsDataIsEchoed() throws Exception {
        Map<String, Object> settings = moodleSettings();
        settings.put("data", "csrf-token-from-canvas");

        JWTClaimsSet claims = verified(responder.respond(request(settings), List.of(INTERVIEW)));

        assertEquals("csrf-token-from-canvas", claims.getClaim(LtiClaims.DEEP_LINKING_DATA));
    }

    @Test
    void onlyTheFirstItemGoesToAPlatformThatTakesOne() throws Exception {
        Map<String, Object> settings = moodleSettings();
        settings.put("accept_multiple", false);

        List<Map<String, Object>> items = contentItems(verified(responder.respond(request(settings), List.of(INTERVIEW, WEEK_PLAN))));

        assertEquals(1, items.size());
        assertEquals("Jobsamtale", items.get(0).get("title"));
    }

    @Test
    void noColumnGoesToAPlatformThatSaysItIgnoresThem() throws Exception {
        Map<String, Object> settings = moodleSettings();
        settings.put("accept_lineitem", false);

        List<Map<String, Object>> items = contentItems(verified(responder.respond(request(settings), List.of(INTERVIEW))));

        assertFalse(items.get(0).containsKey("lineItem"));
    }

    @Test
    void aColumnGoesToAPlatformThatSaysNothingAboutColumnsLikeMoodle() throws Exception {
        List<Map<String, Object>> items = contentItems(verified(responder.respond(request(moodleSettings()), List.of(INTERVIEW))));

        assertTrue(items.get(0).containsKey("lineItem"), "Moodle creates a grade column only from the item's lineItem");
    }

    @Test
    void noItemsGoToAPlatformThatTakesNoResourceLinks() throws Exception {
        Map<String, Object> settings = moodleSettings();
        settings.put("accept_types", List.of("file", "html"));

        assertEquals(List.of(), contentItems(verified(responder.respond(request(settings), List.of(INTERVIEW)))));
    }

    @Test
    void theOptionsSayWhatThePlatformAccepts() {
        Map<String, Object> canvas = moodleSettings();
        canvas.put("accept_multiple", false);
        canvas.put("accept_lineitem", true);
        canvas.put("title", null);

        assertEquals(new DeepLinkingOptions(true, true, true, "Lærepladsklar"), responder.options(request(moodleSettings())).orElseThrow());
        assertEquals(new DeepLinkingOptions(false, true, true, null), responder.options(request(canvas)).orElseThrow());
    }

    @Test
    void anUnknownOrExpiredRequestHasNoOptionsAndNoResponse() {
        UUID launchId = request(moodleSettings());
        assertTrue(responder.options(UUID.randomUUID()).isEmpty());

        clock.advance(Duration.ofMinutes(59));
        assertTrue(responder.options(launchId).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(responder.options(launchId).isEmpty());
        assertThrows(IllegalStateException.class, () -> responder.respond(launchId, List.of(INTERVIEW)));
    }

    @Test
    void aResourceLinkLaunchIsNotKept() {
        Launch launch = new Launch(UUID.randomUUID(), LaunchKind.RESOURCE_LINK, new LtiUser(moodle.platformId(), "5", null, null, null, null),
                null, new dk.laerepladsklar.lti.api.ResourceLink("7", null), Set.of(Role.LEARNER), null, "1", Map.of(), null, null);
        requests.keep(new ValidatedLaunch(launch, moodle, new JWTClaimsSet.Builder().build()));

        assertTrue(responder.options(launch.id()).isEmpty());
    }
}
