package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo LMS alone as an LTI Advantage platform, over HTTP on WildFly: Deep Linking, the token endpoint,
 * AGS, NRPS, the failure switch and the stats, with a stand-in tool ({@link DemoLmsTestTool}) registered
 * through dynamic registration. Each test uses its own generated course, so they do not see each other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoLmsServicesIT {

    private static final String DL_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    private static final String NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    private static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final String LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

    private static DemoLmsTestTool tool;
    private static DemoLmsTestTool gradeSyncOnly;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private String lms;
    private DemoLaunchClient browser;

    @BeforeEach
    void setUp() throws Exception {
        lms = ToolUnderTest.at(url).lmsBase();
        browser = ToolUnderTest.at(url).client();
        if (tool == null) {
            tool = DemoLmsTestTool.register(lms, DemoLmsTestTool.ALL_SCOPES);
            gradeSyncOnly = DemoLmsTestTool.register(lms, List.of(DemoLmsTestTool.SCORE, DemoLmsTestTool.RESULT_READONLY));
        }
    }

    @AfterEach
    void servicesBackToNormal() throws Exception {
        agsMode("normal", "");
    }

    @AfterAll
    static void stopTools() {
        if (tool != null) {
            tool.close();
            gradeSyncOnly.close();
        }
    }

    // --- Deep Linking -------------------------------------------------------------------------------------

    @Test
    void deepLinkingPlacesLinksAndOnlyTheColumnsAskedFor() throws Exception {
        HtmlForm login = browser.loginInitiation("course-601", null, null, tool.clientId(), "deep-linking", "da", true);
        assertEquals(tool.base() + "/login", login.action());
        assertEquals(tool.base() + "/deep-link", login.fields().get("target_link_uri"));
        assertEquals("teacher-601", login.fields().get("login_hint"));

        JWTClaimsSet request = tool.authorize(login);
        assertEquals("LtiDeepLinkingRequest", request.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals(tool.base() + "/deep-link", request.getClaim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri"));
        assertNull(request.getClaim("https://purl.imsglobal.org/spec/lti/claim/resource_link"));
        assertFalse(request.getJSONObjectClaim(AGS).containsKey("lineitem"));
        Map<String, Object> settings = request.getJSONObjectClaim(DL_SETTINGS);
        assertEquals(lms + "/deep-link-return", settings.get("deep_link_return_url"));
        assertEquals(List.of("ltiResourceLink"), settings.get("accept_types"));
        assertEquals(List.of("iframe", "window"), settings.get("accept_presentation_document_targets"));
        assertEquals(true, settings.get("accept_multiple"));
        assertEquals(true, settings.get("accept_lineitem"));
        String data = (String) settings.get("data");
        assertNotNull(data);

        HttpResponse<String> done = tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(data, List.of(
                Map.of("type", "ltiResourceLink", "title", "Jobsamtale", "custom", Map.of("activity", "job-interview"),
                        "lineItem", Map.of("scoreMaximum", 100, "label", "Jobsamtale", "resourceId", "tm:job-interview",
                                "tag", "progress")),
                Map.of("type", "ltiResourceLink", "title", "Mit CV"))).build()));

        assertEquals(303, done.statusCode(), done.body());
        String coursePage = done.headers().firstValue("location").orElseThrow();
        assertEquals(lms + "?course=course-601&lang=da&placed=2", coursePage);
        Map<String, Object> book = gradebookJson("course-601");
        List<Object> links = JSONObjectUtils.getJSONArray(book, "links");
        assertEquals(2, links.size());
        assertEquals("link-course-601-1", ((Map<?, ?>) links.get(0)).get("id"));
        assertEquals(Map.of("activity", "job-interview"), ((Map<?, ?>) links.get(0)).get("custom"));
        List<Object> columns = JSONObjectUtils.getJSONArray(book, "lineItems");
        assertEquals(1, columns.size(), "a column only for the item with a lineItem");
        Map<?, ?> column = (Map<?, ?>) columns.get(0);
        assertEquals("link-course-601-1", column.get("resourceLinkId"));
        assertEquals(100.0, ((Number) column.get("scoreMaximum")).doubleValue());
        assertEquals("tm:job-interview", column.get("resourceId"));
        assertEquals("progress", column.get("tag"));

        String page = browser.get(coursePage, null).body();
        assertTrue(page.contains("id=\"placed-notice\""), page);
        assertTrue(page.contains("id=\"select-content\""), page);
        assertTrue(page.contains("id=\"launch-link-course-601-1-teacher-601\""), page);
        assertTrue(page.contains("id=\"launch-link-course-601-2-student-601-1\""), page);
    }

    @Test
    void aDeepLinkingResponseIsCheckedAsMoodleChecksIt() throws Exception {
        JWTClaimsSet request = tool.authorize(browser.loginInitiation("course-602", null, null, tool.clientId(),
                "deep-linking", "en", true));
        String data = (String) request.getJSONObjectClaim(DL_SETTINGS).get("data");
        List<Map<String, Object>> items = List.of(Map.of("type", "ltiResourceLink", "title", "X"));

        assertRefused("data_not_echoed", tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(null, items).build())));
        assertRefused("aud_is_not_the_issuer", tool.returnDeepLinking(tool.sign(
                tool.deepLinkingResponse(data, items).audience("http://elsewhere").build())));
        assertRefused("wrong_message_type", tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(data, items)
                .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest").build())));
        assertRefused("nonce_missing", tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(data, items)
                .claim("nonce", null).build())));
        assertRefused("signature_not_verified", tool.returnDeepLinking(DemoLmsTestTool.sign(
                tool.deepLinkingResponse(data, items).build(), new RSAKeyGenerator(2048).keyID("stranger").generate())));
        assertRefused("content_item_type_not_accepted", tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(data,
                List.of(Map.of("type", "html", "html", "<p>x</p>"))).build())));
        assertRefused("data_unknown", gradeSyncOnly.returnDeepLinking(gradeSyncOnly.sign(
                gradeSyncOnly.deepLinkingResponse(data, items).build())), "another tool's request");

        String good = tool.sign(tool.deepLinkingResponse(data, items).build());
        assertEquals(303, tool.returnDeepLinking(good).statusCode());
        assertRefused("data_unknown", tool.returnDeepLinking(good));
    }

    @Test
    void onlyATeacherCanSelectContent() throws Exception {
        HttpResponse<String> student = browser.post(lms + "/launch", "course=course-600&user=student-600-1&message=deep-linking&client="
                + tool.clientId() + "&locale=da", null);

        assertEquals(400, student.statusCode());
        assertTrue(student.body().contains("id=\"demo-error\""), student.body());
    }

    // --- Launches of placed links -------------------------------------------------------------------------

    @Test
    void aPlacedLinkLaunchesWithItsIdCustomParametersAndColumn() throws Exception {
        placeLinks("course-603", List.of(Map.of("type", "ltiResourceLink", "title", "Jobsamtale",
                "custom", Map.of("activity", "job-interview", "level", "2"),
                "lineItem", Map.of("scoreMaximum", 10, "label", "Jobsamtale"))));

        JWTClaimsSet launch = tool.authorize(browser.loginInitiation("course-603", "link-course-603-1", "student-603-1",
                null, null, "da", true));

        assertEquals("LtiResourceLinkRequest", launch.getClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"));
        assertEquals("student-603-1", launch.getSubject());
        assertEquals("link-course-603-1", launch.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti/claim/resource_link").get("id"));
        assertEquals(Map.of("activity", "job-interview", "level", "2"),
                launch.getJSONObjectClaim("https://purl.imsglobal.org/spec/lti/claim/custom"));
        Map<String, Object> ags = launch.getJSONObjectClaim(AGS);
        assertEquals(List.of(DemoLmsTestTool.LINEITEM, DemoLmsTestTool.LINEITEM_READONLY, DemoLmsTestTool.RESULT_READONLY,
                DemoLmsTestTool.SCORE), ags.get("scope"));
        assertEquals(lms + "/courses/course-603/lineitems", ags.get("lineitems"));
        String column = (String) ags.get("lineitem");
        assertEquals(lms + "/courses/course-603/lineitems/1?type_id=" + tool.clientId(), column);
        Map<String, Object> nrps = launch.getJSONObjectClaim(NRPS_CLAIM);
        assertEquals(lms + "/courses/course-603/memberships", nrps.get("context_memberships_url"));
        assertEquals(List.of("2.0"), nrps.get("service_versions"));

        // A second column tied to the same link: Moodle then stops sending lineitem.
        String token = tool.token(DemoLmsTestTool.LINEITEM);
        HttpResponse<String> second = tool.call("POST", lms + "/courses/course-603/lineitems", token, LINEITEM_TYPE,
                "{\"label\":\"Ekstra\",\"scoreMaximum\":5,\"resourceLinkId\":\"link-course-603-1\"}");
        assertEquals(201, second.statusCode(), second.body());
        JWTClaimsSet again = tool.authorize(browser.loginInitiation("course-603", "link-course-603-1", "teacher-603",
                null, null, "da", true));
        assertFalse(again.getJSONObjectClaim(AGS).containsKey("lineitem"));
    }

    @Test
    void aToolGetsOnlyTheServicesItWasGranted() throws Exception {
        JWTClaimsSet launch = gradeSyncOnly.authorize(browser.loginInitiation("course-600", null, "student-600-1",
                gradeSyncOnly.clientId(), null, "da", false));

        assertEquals(List.of(DemoLmsTestTool.RESULT_READONLY, DemoLmsTestTool.SCORE), launch.getJSONObjectClaim(AGS).get("scope"));
        assertNull(launch.getClaim(NRPS_CLAIM));
        assertNull(launch.getClaim("name"));
        HttpResponse<String> token = gradeSyncOnly.tokenRequest("application/x-www-form-urlencoded",
                gradeSyncOnly.sign(gradeSyncOnly.assertion(lms + "/token").build()),
                DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM + " " + DemoLmsTestTool.NRPS);
        assertEquals(200, token.statusCode(), token.body());
        assertEquals(DemoLmsTestTool.SCORE, JSONObjectUtils.parse(token.body()).get("scope"));
        HttpResponse<String> roster = gradeSyncOnly.tokenRequest("application/x-www-form-urlencoded",
                gradeSyncOnly.sign(gradeSyncOnly.assertion(lms + "/token").build()), DemoLmsTestTool.NRPS);
        assertEquals(400, roster.statusCode());
        assertEquals("invalid_scope", JSONObjectUtils.parse(roster.body()).get("error"));
    }

    // --- Token endpoint -----------------------------------------------------------------------------------

    @Test
    void theTokenEndpointAnswersAsMoodlesTokenPhp() throws Exception {
        String form = "application/x-www-form-urlencoded";
        HttpResponse<String> ok = tool.tokenRequest(form, tool.sign(tool.assertion(lms + "/token").build()),
                DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM);
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        Map<String, Object> reply = JSONObjectUtils.parse(ok.body());
        assertEquals("Bearer", reply.get("token_type"));
        assertEquals(3600L, ((Number) reply.get("expires_in")).longValue());
        assertEquals(DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM, reply.get("scope"));
        assertNotNull(reply.get("access_token"));

        assertTokenError(400, "invalid_request", tool.tokenRequest("application/json",
                tool.sign(tool.assertion(lms + "/token").build()), DemoLmsTestTool.SCORE));
        assertEquals(200, tool.tokenRequest(form + "; charset=UTF-8", tool.sign(tool.assertion(lms).build()),
                DemoLmsTestTool.SCORE).statusCode(), "the issuer is accepted as audience, a charset is ignored");
        String once = tool.sign(tool.assertion(lms + "/token").build());
        assertEquals(200, tool.tokenRequest(form, once, DemoLmsTestTool.SCORE).statusCode());
        assertTokenError(400, "invalid_client", tool.tokenRequest(form, once, DemoLmsTestTool.SCORE));
        assertTokenError(400, "invalid_client", tool.tokenRequest(form,
                tool.sign(tool.assertion("http://elsewhere/token").build()), DemoLmsTestTool.SCORE));
        assertTokenError(400, "invalid_client", tool.tokenRequest(form, tool.sign(tool.assertion(lms + "/token")
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(3600))).build()), DemoLmsTestTool.SCORE));
        assertTokenError(400, "invalid_client", tool.tokenRequest(form, tool.sign(tool.assertion(lms + "/token")
                .issuer("nobody").subject("nobody").build()), DemoLmsTestTool.SCORE));
        assertTokenError(400, "invalid_client", tool.tokenRequest(form, DemoLmsTestTool.sign(tool.assertion(lms + "/token")
                .build(), new RSAKeyGenerator(2048).keyID("stranger").generate()), DemoLmsTestTool.SCORE));
    }

    // --- AGS ----------------------------------------------------------------------------------------------

    @Test
    void scoresFollowMoodlesRules() throws Exception {
        String token = tool.token(String.join(" ", DemoLmsTestTool.ALL_SCOPES));
        String lineItems = lms + "/courses/course-604/lineitems";
        assertEquals(400, tool.call("POST", lineItems, token, "application/json",
                "{\"label\":\"Opgave\",\"scoreMaximum\":100}").statusCode(), "Moodle wants the line item media type");
        HttpResponse<String> created = tool.call("POST", lineItems, token, LINEITEM_TYPE,
                "{\"label\":\"Opgave\",\"scoreMaximum\":100,\"resourceId\":\"tm:task\",\"tag\":\"grade\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = (String) JSONObjectUtils.parse(created.body()).get("id");
        assertTrue(id.startsWith(lineItems + "/") && id.contains("?type_id="), id);
        String number = id.substring((lineItems + "/").length(), id.indexOf('?'));
        String scores = lineItems + "/" + number + "/scores" + id.substring(id.indexOf('?'));

        Instant t = Instant.now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        assertEquals(200, score(token, scores, "student-604-1", 7.5, 10, "FullyGraded", t.plusMillis(100)).statusCode());
        HttpResponse<String> accepted = score(token, scores, "student-604-2", 3, 10, "FullyGraded", t);
        assertEquals(200, accepted.statusCode());
        assertEquals("", accepted.body());
        assertEquals(409, score(token, scores, "student-604-1", 8, 10, "FullyGraded", t.plusMillis(900)).statusCode(),
                "the same second");
        assertEquals(400, score(token, scores, "student-604-1", 8, 10, "FullyGraded", Instant.now().plusSeconds(30)).statusCode(),
                "the future");
        assertEquals(400, score(token, scores, "nobody", 8, 10, "FullyGraded", t.plusSeconds(3)).statusCode());
        assertEquals(400, tool.call("POST", scores, token, "application/json", scoreJson("student-604-1", 1, 1,
                "FullyGraded", t.plusSeconds(4))).statusCode(), "Moodle wants the score media type");
        assertEquals(200, score(token, scores, "student-604-1", 9, 10, "FullyGraded", t.plusSeconds(1)).statusCode());
        assertEquals(200, score(token, scores, "student-604-2", 5, 10, "PendingManual", t.plusSeconds(1)).statusCode());

        Map<String, Object> book = gradebookJson("course-604");
        Map<?, ?> grades = (Map<?, ?>) ((Map<?, ?>) JSONObjectUtils.getJSONArray(book, "lineItems").get(0)).get("grades");
        assertEquals(90.0, ((Number) ((Map<?, ?>) grades.get("student-604-1")).get("value")).doubleValue());
        assertFalse(((Map<?, ?>) grades.get("student-604-2")).containsKey("value"), "PendingManual clears the grade");
        List<Long> statuses = new ArrayList<>();
        for (Object r : JSONObjectUtils.getJSONArray(book, "received")) {
            statuses.add(((Number) ((Map<?, ?>) r).get("status")).longValue());
        }
        assertEquals(List.of(200L, 200L, 409L, 400L, 400L, 200L, 200L), statuses, "every readable score, in order");

        String html = browser.get(lms + "/courses/course-604/gradebook?lang=en", null).body();
        assertTrue(html.contains("id=\"grade-student-604-1-" + number + "\" data-value=\"90\"><span class=\"grade\">90</span>"), html);
        assertTrue(html.contains("id=\"received-scores\""), html);

        HttpResponse<String> results = tool.call("GET", lineItems + "/" + number + "/results", token, null, null);
        assertEquals(200, results.statusCode());
        List<Object> resultList = JSONArrayUtils.parse(results.body());
        assertEquals(2, resultList.size());
        assertEquals(90.0, ((Number) ((Map<?, ?>) resultList.get(0)).get("resultScore")).doubleValue());

        assertEquals(401, score(null, scores, "student-604-1", 1, 1, "FullyGraded", t.plusSeconds(9)).statusCode());
        String readOnly = tool.token(DemoLmsTestTool.LINEITEM_READONLY);
        assertEquals(401, score(readOnly, scores, "student-604-1", 1, 1, "FullyGraded", t.plusSeconds(9)).statusCode());
        assertEquals(200, tool.call("GET", id, readOnly, null, null).statusCode());
        assertEquals(403, score(gradeSyncOnlyToken(), scores, "student-604-1", 1, 1, "FullyGraded", t.plusSeconds(9))
                .statusCode(), "another tool cannot score this tool's column");

        HttpResponse<String> renamed = tool.call("PUT", lineItems + "/" + number, token, LINEITEM_TYPE,
                "{\"label\":\"Opgave 1\",\"scoreMaximum\":100}");
        assertEquals("Opgave 1", JSONObjectUtils.parse(renamed.body()).get("label"));
        List<Object> listed = JSONArrayUtils.parse(tool.call("GET", lineItems + "?tag=grade", token, null, null).body());
        assertEquals(0, listed.size(), "the PUT dropped the tag");
        assertEquals(204, tool.call("DELETE", lineItems + "/" + number, token, null, null).statusCode());
        assertEquals(404, tool.call("GET", lineItems + "/" + number, token, null, null).statusCode());
    }

    @Test
    void theFailureSwitchBreaksTheServicesOnDemand() throws Exception {
        String token = tool.token(DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM);
        HttpResponse<String> created = tool.call("POST", lms + "/courses/course-605/lineitems", token, LINEITEM_TYPE,
                "{\"label\":\"Opgave\",\"scoreMaximum\":10}");
        String id = (String) JSONObjectUtils.parse(created.body()).get("id");
        String scores = id.substring(0, id.indexOf('?')) + "/scores";
        Instant t = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

        assertEquals("conflict", agsMode("conflict", "student-605-1").get("mode"));
        assertEquals(409, score(token, scores, "student-605-1", 1, 1, "FullyGraded", t).statusCode());
        assertEquals(200, score(token, scores, "student-605-2", 1, 1, "FullyGraded", t).statusCode());
        agsMode("reject", "");
        assertEquals(422, score(token, scores, "student-605-2", 1, 1, "FullyGraded", t.plusSeconds(1)).statusCode());
        agsMode("down", "");
        assertEquals(503, score(token, scores, "student-605-2", 1, 1, "FullyGraded", t.plusSeconds(2)).statusCode());
        assertEquals(503, tool.tokenRequest("application/x-www-form-urlencoded",
                tool.sign(tool.assertion(lms + "/token").build()), DemoLmsTestTool.SCORE).statusCode());
        agsMode("normal", "");
        assertEquals(200, score(token, scores, "student-605-2", 1, 1, "FullyGraded", t.plusSeconds(3)).statusCode());

        HttpResponse<String> fromThePage = browser.post(lms + "/ags-mode", "mode=conflict&course=course-605&lang=en", null);
        assertEquals(303, fromThePage.statusCode());
        assertEquals(lms + "?lang=en&course=course-605", fromThePage.headers().firstValue("location").orElseThrow());
        String page = browser.get(lms + "?course=course-605&lang=en", null).body();
        assertTrue(page.contains("id=\"ags-mode-current\">Conflict"), page);
        assertEquals(400, browser.post(lms + "/ags-mode", "mode=broken", null).statusCode());
    }

    @Test
    void theSwitchCanSlowScoresDownAndWithholdScopesAndRefusesNonsense() throws Exception {
        String token = tool.token(DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM);
        HttpResponse<String> created = tool.call("POST", lms + "/courses/course-606/lineitems", token, LINEITEM_TYPE,
                "{\"label\":\"Opgave\",\"scoreMaximum\":10}");
        String id = (String) JSONObjectUtils.parse(created.body()).get("id");
        String scores = id.substring(0, id.indexOf('?')) + "/scores";
        Instant t = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);

        Map<String, Object> slow = agsMode("normal", "", "delay=700");
        assertEquals(700L, ((Number) slow.get("delay")).longValue());
        long started = System.nanoTime();
        assertEquals(200, score(token, scores, "student-606-1", 1, 1, "FullyGraded", t).statusCode());
        assertTrue(System.nanoTime() - started >= 700_000_000L, "the score was held for the delay");

        agsMode("normal", "", "services=grade-sync-only");
        JWTClaimsSet syncOnly = tool.authorize(browser.loginInitiation("course-606", null, "student-606-1",
                tool.clientId(), null, "da", false));
        assertEquals(List.of(DemoLmsTestTool.RESULT_READONLY, DemoLmsTestTool.SCORE), syncOnly.getJSONObjectClaim(AGS).get("scope"));
        HttpResponse<String> lineItemToken = tool.tokenRequest("application/x-www-form-urlencoded",
                tool.sign(tool.assertion(lms + "/token").build()), DemoLmsTestTool.LINEITEM);
        assertEquals(400, lineItemToken.statusCode(), "no column management under grade sync only");

        assertEquals("no-scores", agsMode("normal", "", "services=no-scores").get("services"));
        JWTClaimsSet noScores = tool.authorize(browser.loginInitiation("course-606", null, "student-606-1",
                tool.clientId(), null, "da", false));
        assertFalse(((List<?>) noScores.getJSONObjectClaim(AGS).get("scope")).contains(DemoLmsTestTool.SCORE));

        for (String bad : List.of("delay=-1", "delay=10001", "delay=soon", "services=everything")) {
            HttpResponse<String> refused = browser.post(lms + "/ags-mode", "mode=normal&" + bad, null);
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(refused.body().equals("bad_delay") || refused.body().equals("unknown_services"), refused.body());
        }
        assertEquals("no-scores", agsMode("normal", "", "services=no-scores").get("services"));
        Map<String, Object> reset = agsMode("normal", "");
        assertEquals(0L, ((Number) reset.get("delay")).longValue());
        assertEquals("all", reset.get("services"));
    }

    // --- NRPS ---------------------------------------------------------------------------------------------

    @Test
    void membershipsArePagedThroughALargeCourse() throws Exception {
        assertEquals(200, browser.post(lms + "/courses/course-606/size", "students=120", null).statusCode());
        String token = tool.token(DemoLmsTestTool.NRPS);
        String next = lms + "/courses/course-606/memberships";
        Set<String> seen = new HashSet<>();
        List<Integer> pageSizes = new ArrayList<>();
        while (next != null) {
            HttpResponse<String> page = tool.send(HttpRequest.newBuilder(URI.create(next)).GET()
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/vnd.ims.lti-nrps.v2.membershipcontainer+json"));
            assertEquals(200, page.statusCode(), page.body());
            assertEquals("application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                    page.headers().firstValue("content-type").orElse("").split(";")[0]);
            Map<String, Object> container = JSONObjectUtils.parse(page.body());
            assertEquals("course-606", JSONObjectUtils.getJSONObject(container, "context").get("id"));
            List<Object> members = JSONObjectUtils.getJSONArray(container, "members");
            pageSizes.add(members.size());
            for (Object m : members) {
                Map<?, ?> member = (Map<?, ?>) m;
                assertTrue(seen.add((String) member.get("user_id")), "each member once");
                assertEquals("Active", member.get("status"));
                assertEquals(List.of(member.get("user_id").equals("teacher-606") ? "Instructor" : "Learner"), member.get("roles"));
            }
            next = nextLink(page);
        }
        assertEquals(List.of(50, 50, 21), pageSizes);
        assertTrue(seen.contains("student-606-120"));

        HttpResponse<String> learners = tool.call("GET", lms + "/courses/course-606/memberships?role=Learner&limit=200",
                token, null, null);
        assertEquals(120, JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(learners.body()), "members").size());
        assertFalse(learners.headers().firstValue("link").isPresent());
        assertEquals(401, tool.call("GET", lms + "/courses/course-606/memberships", null, null, null).statusCode());
        assertEquals(401, tool.call("GET", lms + "/courses/course-606/memberships", tool.token(DemoLmsTestTool.SCORE),
                null, null).statusCode());
    }

    // --- Stats --------------------------------------------------------------------------------------------

    @Test
    void theStatsCountTokenRequestsAndScores() throws Exception {
        Map<String, Object> before = JSONObjectUtils.parse(browser.get(lms + "/stats", null).body());
        String token = tool.token(DemoLmsTestTool.SCORE + " " + DemoLmsTestTool.LINEITEM);
        String id = (String) JSONObjectUtils.parse(tool.call("POST", lms + "/courses/course-607/lineitems", token,
                LINEITEM_TYPE, "{\"label\":\"Opgave\",\"scoreMaximum\":10}").body()).get("id");
        String scores = id.substring(0, id.indexOf('?')) + "/scores";
        Instant t = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        score(token, scores, "student-607-1", 1, 1, "FullyGraded", t);
        score(token, scores, "student-607-1", 1, 1, "FullyGraded", t);

        Map<String, Object> after = JSONObjectUtils.parse(browser.get(lms + "/stats", null).body());

        assertEquals(1, count(after, "tokenRequests") - count(before, "tokenRequests"));
        assertEquals(1, count(after, "tokensIssued") - count(before, "tokensIssued"));
        assertEquals(2, count(after, "scores") - count(before, "scores"));
        assertEquals(1, count(after, "scoresAccepted") - count(before, "scoresAccepted"));
        Map<String, Object> calls = JSONObjectUtils.getJSONObject(after, "calls");
        assertTrue(((Number) JSONObjectUtils.getJSONObject(calls, "scores").get("409")).longValue() >= 1, calls.toString());
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private void placeLinks(String course, List<Map<String, Object>> items) throws Exception {
        JWTClaimsSet request = tool.authorize(browser.loginInitiation(course, null, null, tool.clientId(),
                "deep-linking", "da", true));
        String data = (String) request.getJSONObjectClaim(DL_SETTINGS).get("data");
        HttpResponse<String> done = tool.returnDeepLinking(tool.sign(tool.deepLinkingResponse(data, items).build()));
        assertEquals(303, done.statusCode(), done.body());
    }

    private HttpResponse<String> score(String token, String scoresUrl, String user, double given, double max,
                                       String grading, Instant timestamp) throws Exception {
        return tool.call("POST", scoresUrl, token, SCORE_TYPE, scoreJson(user, given, max, grading, timestamp));
    }

    private static String scoreJson(String user, double given, double max, String grading, Instant timestamp) {
        return JSONObjectUtils.toJSONString(Map.of("userId", user, "scoreGiven", given, "scoreMaximum", max,
                "activityProgress", "Completed", "gradingProgress", grading,
                "timestamp", OffsetDateTime.ofInstant(timestamp, ZoneOffset.UTC).toString()));
    }

    private String gradeSyncOnlyToken() throws Exception {
        return gradeSyncOnly.token(DemoLmsTestTool.SCORE);
    }

    private Map<String, Object> gradebookJson(String course) throws Exception {
        HttpResponse<String> json = browser.get(lms + "/courses/" + course + "/gradebook/json", null);
        assertEquals(200, json.statusCode(), json.body());
        return JSONObjectUtils.parse(json.body());
    }

    private Map<String, Object> agsMode(String mode, String users) throws Exception {
        return agsMode(mode, users, "");
    }

    private Map<String, Object> agsMode(String mode, String users, String more) throws Exception {
        HttpResponse<String> reply = tool.send(HttpRequest.newBuilder(URI.create(lms + "/ags-mode"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("mode=" + mode + "&users=" + DemoLmsTestTool.encode(users)
                        + (more.isEmpty() ? "" : "&" + more))));
        assertEquals(200, reply.statusCode(), reply.body());
        return JSONObjectUtils.parse(reply.body());
    }

    private static void assertRefused(String reason, HttpResponse<String> response) {
        assertRefused(reason, response, reason);
    }

    private static void assertRefused(String reason, HttpResponse<String> response, String what) {
        assertEquals(400, response.statusCode(), what + ": " + response.body());
        assertTrue(response.body().contains("id=\"demo-error-reason\">" + reason + "<"), what + ": " + response.body());
    }

    private static void assertTokenError(int status, String error, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(error, JSONObjectUtils.parse(response.body()).get("error"));
    }

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private static String nextLink(HttpResponse<String> page) {
        for (String link : page.headers().allValues("link")) {
            Matcher m = NEXT.matcher(link);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static long count(Map<String, Object> stats, String name) {
        return ((Number) stats.get(name)).longValue();
    }
}
