package dk.laerepladsklar.lti.core.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Delivery.Outcome;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.api.Score;
import dk.laerepladsklar.lti.api.Score.ActivityProgress;
import dk.laerepladsklar.lti.api.Score.GradingProgress;
import dk.laerepladsklar.lti.core.services.FakePlatform;
import dk.laerepladsklar.lti.core.services.FakePlatform.Answer;
import dk.laerepladsklar.lti.core.services.ServiceFixture;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link AgsGradebook} against a Moodle-like platform on 127.0.0.1, and Canvas's answers where they differ. */
class AgsGradebookTest {

    /** Moodle's line item URL: the query names the tool type. */
    private static final String LINE_ITEM_PATH = "/mod/lti/services.php/2/lineitems/12/lineitem";
    private static final String SCORES_PATH = LINE_ITEM_PATH + "/scores";
    private static final String LINE_ITEMS_PATH = "/mod/lti/services.php/2/lineitems";
    private static final Instant WHEN = Instant.parse("2026-03-02T09:15:00Z");

    private FakePlatform moodle;
    private ServiceFixture tool;
    private final AgsGradebook gradebook = new AgsGradebook();
    private LineItemRef column;

    @BeforeEach
    void start() {
        moodle = FakePlatform.start();
        tool = ServiceFixture.against(moodle);
        gradebook.calls = tool.calls;
        column = new LineItemRef(tool.platformId, moodle.url(LINE_ITEM_PATH + "?type_id=3"));
    }

    @AfterEach
    void stop() {
        moodle.close();
    }

    private static Score score(String user, double given, Instant when) {
        return new Score(user, given, 10, ActivityProgress.Completed, GradingProgress.FullyGraded, when, null);
    }

    @Test
    void aScoreIsPostedToScoresBeforeTheQueryAsAgsJson() {
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200));

        Delivery delivery = gradebook.publish(column, new Score("5", 7.5, 10, ActivityProgress.Completed,
                GradingProgress.FullyGraded, WHEN, "Flot arbejde"));

        assertEquals(Delivery.delivered(200), delivery);
        FakePlatform.Request sent = moodle.requestsTo(SCORES_PATH).get(0);
        assertEquals("type_id=3", sent.uri().getQuery());
        assertEquals("application/vnd.ims.lis.v1.score+json", sent.header("Content-Type"));
        assertEquals("token-1", sent.bearer());
        Map<String, Object> json = sent.json();
        assertEquals("5", json.get("userId"));
        assertEquals(7.5, ((Number) json.get("scoreGiven")).doubleValue());
        assertEquals(10.0, ((Number) json.get("scoreMaximum")).doubleValue());
        assertEquals("Completed", json.get("activityProgress"));
        assertEquals("FullyGraded", json.get("gradingProgress"));
        assertEquals("2026-03-02T09:15:00.000Z", json.get("timestamp"));
        assertEquals("Flot arbejde", json.get("comment"));
    }

    @Test
    void theTokenIsAskedForTheScoreScope() {
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200));

        gradebook.publish(column, score("5", 7, WHEN));

        assertEquals(LtiClaims.SCOPE_SCORE, moodle.requestsTo(FakePlatform.TOKEN_PATH).get(0).form().get("scope"));
    }

    @Test
    void timestampsKeepTheirMillisecondsAndThereIsNoCommentWhenNone() {
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200));

        gradebook.publish(column, score("5", 7, Instant.parse("2026-03-02T09:15:01.234567Z")));

        Map<String, Object> json = moodle.requestsTo(SCORES_PATH).get(0).json();
        assertEquals("2026-03-02T09:15:01.234Z", json.get("timestamp"));
        assertFalse(json.containsKey("comment"));
    }

    @Test
    void aLineItemUrlWithoutQueryGetsScoresAppended() {
        assertEquals("https://canvas.example/api/lti/courses/1/line_items/7/scores",
                AgsGradebook.scoresUrl("https://canvas.example/api/lti/courses/1/line_items/7").toString());
        assertEquals("https://canvas.example/api/lti/courses/1/line_items/7/scores",
                AgsGradebook.scoresUrl("https://canvas.example/api/lti/courses/1/line_items/7/").toString());
        assertEquals("https://m.example/mod/lti/services.php/2/lineitems/12/lineitem/scores?type_id=3&x=a%20b",
                AgsGradebook.scoresUrl("https://m.example/mod/lti/services.php/2/lineitems/12/lineitem?type_id=3&x=a%20b").toString());
    }

    @Test
    void manyScoresNeedOneToken() {
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200));

        for (int i = 0; i < 25; i++) {
            assertTrue(gradebook.publish(column, score("user-" + i, 5, WHEN)).delivered());
        }

        assertEquals(25, moodle.requestsTo(SCORES_PATH).size());
        assertEquals(1, moodle.tokenRequests());
        assertEquals(1, tool.tokens.requestsMade());
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheScoreDelivered() {
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200));
        gradebook.publish(column, score("5", 5, WHEN));
        moodle.revokeTokens(); // e.g. the platform was restarted

        Delivery delivery = gradebook.publish(column, score("6", 5, WHEN));

        assertEquals(Outcome.DELIVERED, delivery.outcome());
        assertEquals(2, moodle.tokenRequests());
        assertEquals("token-2", moodle.requestsTo(SCORES_PATH).get(2).bearer());
    }

    @Test
    void a401EvenWithANewTokenIsWorthARetryLater() {
        moodle.on("POST", SCORES_PATH, request -> Answer.json(401, "{\"error\":\"invalid_token\"}"));

        Delivery delivery = gradebook.publish(column, score("5", 5, WHEN));

        assertEquals(new Delivery(Outcome.RETRY, 401, ScoreAnswers.TOKEN_REJECTED), delivery);
        assertEquals(2, moodle.tokenRequests());
        assertEquals(2, moodle.requestsTo(SCORES_PATH).size());
    }

    static Stream<Arguments> answers() {
        return Stream.of(
                arguments(200, "", Outcome.DELIVERED, null),
                arguments(201, "{\"resultUrl\":\"https://canvas.example/results/1\"}", Outcome.DELIVERED, null),
                arguments(204, "", Outcome.DELIVERED, null),
                arguments(409, "", Outcome.STALE_TIMESTAMP, ScoreAnswers.TIMESTAMP_NOT_LATER),
                arguments(400, canvasError("bad_request", "Provided timestamp of 2026-03-02T09:15:00.000Z before last updated "
                        + "timestamp of 2026-03-02T09:16:00.000Z"), Outcome.STALE_TIMESTAMP, ScoreAnswers.TIMESTAMP_NOT_LATER),
                arguments(422, canvasError("unprocessable_entity", "User not found in course or is not a student"),
                        Outcome.PERMANENT_FAILURE, ScoreAnswers.NOT_A_STUDENT),
                arguments(422, "", Outcome.PERMANENT_FAILURE, ScoreAnswers.NOT_A_STUDENT),
                arguments(422, canvasError("unprocessable_entity", "The maximum number of allowed attempts has been reached "
                        + "for this submission"), Outcome.PERMANENT_FAILURE, ScoreAnswers.MAX_ATTEMPTS_REACHED),
                arguments(403, canvasError("forbidden", "Course not available for student"), Outcome.PERMANENT_FAILURE,
                        ScoreAnswers.COURSE_UNPUBLISHED),
                arguments(422, canvasError("unprocessable_entity", "This course has concluded"), Outcome.PERMANENT_FAILURE,
                        ScoreAnswers.COURSE_CONCLUDED),
                arguments(403, "", Outcome.PERMANENT_FAILURE, ScoreAnswers.FORBIDDEN),
                arguments(404, canvasError("not_found", "The specified resource does not exist."), Outcome.PERMANENT_FAILURE,
                        ScoreAnswers.LINE_ITEM_GONE),
                arguments(400, "Incorrect score received", Outcome.PERMANENT_FAILURE, ScoreAnswers.INVALID_SCORE),
                arguments(400, "", Outcome.PERMANENT_FAILURE, ScoreAnswers.REFUSED),
                arguments(429, "", Outcome.RETRY, ScoreAnswers.RATE_LIMITED),
                arguments(500, "<html>Fatal error</html>", Outcome.RETRY, ScoreAnswers.PLATFORM_ERROR),
                arguments(502, "", Outcome.RETRY, ScoreAnswers.PLATFORM_ERROR),
                arguments(503, "", Outcome.RETRY, ScoreAnswers.PLATFORM_ERROR));
    }

    private static String canvasError(String type, String message) {
        return "{\"errors\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
    }

    @ParameterizedTest(name = "HTTP {0} {1} is {2} {3}")
    @MethodSource("answers")
    void eachAnswerBecomesADelivery(int status, String body, Outcome outcome, String reason) {
        moodle.on("POST", SCORES_PATH, request -> Answer.json(status, body));

        Delivery delivery = gradebook.publish(column, score("5", 5, WHEN));

        assertEquals(new Delivery(outcome, status, reason), delivery);
    }

    @Test
    void aPlatformTooSlowToAnswerIsRetriedLater() {
        tool.waitingAtMost(Duration.ofMillis(300));
        moodle.on("POST", SCORES_PATH, request -> Answer.empty(200).after(Duration.ofSeconds(2)));

        assertEquals(new Delivery(Outcome.RETRY, 0, AgsGradebook.TIMEOUT), gradebook.publish(column, score("5", 5, WHEN)));
    }

    @Test
    void aPlatformThatRefusesConnectionsIsRetriedLater() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        tool.registered.replaceFrameOrigins(java.util.List.of("http://127.0.0.1:" + closedPort)); // one of the platform's origins
        LineItemRef elsewhere = new LineItemRef(tool.platformId, "http://127.0.0.1:" + closedPort + LINE_ITEM_PATH);

        assertEquals(new Delivery(Outcome.RETRY, 0, AgsGradebook.UNREACHABLE), gradebook.publish(elsewhere, score("5", 5, WHEN)));
    }

    @Test
    void aLineItemOffThePlatformsOriginsIsNeverCalledAndFailsForGood() throws Exception {
        try (FakePlatform other = FakePlatform.start()) {
            other.on("POST", SCORES_PATH, request -> Answer.empty(200));
            LineItemRef offOrigin = new LineItemRef(tool.platformId, other.url(LINE_ITEM_PATH));

            assertEquals(new Delivery(Outcome.PERMANENT_FAILURE, 0, "PLATFORM_UNREACHABLE"), gradebook.publish(offOrigin, score("5", 5, WHEN)));
            assertEquals(Optional.empty(), gradebook.createLineItem(tool.platformId, other.url("/mod/lti/services.php/2/lineitems"),
                    new LineItemSpec(100, "Jobsamtale", null, null), "7"));
            assertEquals(java.util.List.of(), other.requestsTo(SCORES_PATH), "the other origin is never called");
            assertEquals(java.util.List.of(), other.requestsTo("/mod/lti/services.php/2/lineitems"));
            assertEquals(0, other.tokenRequests());
            assertEquals(0, moodle.tokenRequests(), "no token is even asked for");
        }
    }

    @Test
    void aTokenEndpointThatIsDownIsRetriedLater() {
        moodle.tokenEndpoint(request -> Answer.json(503, ""));

        assertEquals(new Delivery(Outcome.RETRY, 0, AgsGradebook.TOKEN_UNAVAILABLE), gradebook.publish(column, score("5", 5, WHEN)));
    }

    @Test
    void aTokenEndpointThatRefusesIsRetriedLater() {
        moodle.tokenEndpoint(request -> Answer.of(401, "text/html", "{\"error\":\"invalid_client\"}"));

        assertEquals(new Delivery(Outcome.RETRY, 0, AgsGradebook.TOKEN_REFUSED), gradebook.publish(column, score("5", 5, WHEN)));
    }

    @Test
    void aColumnOfAPlatformNoLongerRegisteredFailsForGood() {
        LineItemRef orphan = new LineItemRef(new dk.laerepladsklar.lti.api.PlatformId(java.util.UUID.randomUUID()), column.url());

        assertEquals(new Delivery(Outcome.PERMANENT_FAILURE, 0, AgsGradebook.NOT_REGISTERED), gradebook.publish(orphan, score("5", 5, WHEN)));
        assertEquals(0, moodle.tokenRequests());
    }

    @Test
    void aLineItemIsCreatedInTheContainerAndItsUrlReturned() {
        String created = moodle.url(LINE_ITEMS_PATH + "/13/lineitem?type_id=1");
        moodle.on("POST", LINE_ITEMS_PATH, request -> Answer.of(201, "application/vnd.ims.lis.v2.lineitem+json",
                "{\"id\":\"" + created + "\",\"label\":\"Jobsamtale\",\"scoreMaximum\":100}"));

        Optional<LineItemRef> lineItem = gradebook.createLineItem(tool.platformId, moodle.url(LINE_ITEMS_PATH + "?type_id=1"),
                new LineItemSpec(100, "Jobsamtale", "teaching-module:job-interview", "progress"), "7");

        assertEquals(Optional.of(new LineItemRef(tool.platformId, created)), lineItem);
        FakePlatform.Request sent = moodle.requestsTo(LINE_ITEMS_PATH).get(0);
        assertEquals("type_id=1", sent.uri().getQuery());
        assertEquals("application/vnd.ims.lis.v2.lineitem+json", sent.header("Content-Type"));
        assertEquals("application/vnd.ims.lis.v2.lineitem+json", sent.header("Accept"));
        assertEquals(Map.of("scoreMaximum", 100L, "label", "Jobsamtale", "resourceId", "teaching-module:job-interview",
                "tag", "progress", "resourceLinkId", "7",
                "submissionReview", Map.of("reviewableStatus", List.of("Submitted", "Completed"))), normalized(sent.json()));
        assertEquals(LtiClaims.SCOPE_LINEITEM, moodle.requestsTo(FakePlatform.TOKEN_PATH).get(0).form().get("scope"));
    }

    @Test
    void aLineItemWithoutResourceIdOrTagLeavesThemOut() {
        moodle.on("POST", LINE_ITEMS_PATH, request -> Answer.json(200, "{\"id\":\"" + moodle.url(LINE_ITEMS_PATH + "/14") + "\"}"));

        gradebook.createLineItem(tool.platformId, moodle.url(LINE_ITEMS_PATH), new LineItemSpec(10, "Ugeplan", null, null), null);

        Map<String, Object> json = moodle.requestsTo(LINE_ITEMS_PATH).get(0).json();
        assertEquals(Map.of("scoreMaximum", 10L, "label", "Ugeplan",
                "submissionReview", Map.of("reviewableStatus", List.of("Submitted", "Completed"))), normalized(json));
    }

    @Test
    void aRefusedLineItemIsNone() {
        moodle.on("POST", LINE_ITEMS_PATH, request -> Answer.json(403, "{\"errors\":{\"message\":\"no\"}}"));

        assertTrue(gradebook.createLineItem(tool.platformId, moodle.url(LINE_ITEMS_PATH), new LineItemSpec(10, "Ugeplan", null, null),
                "7").isEmpty());
    }

    @Test
    void aLineItemAnswerWithoutIdIsNone() {
        moodle.on("POST", LINE_ITEMS_PATH, request -> Answer.json(201, "{}"));

        assertNull(gradebook.createLineItem(tool.platformId, moodle.url(LINE_ITEMS_PATH), new LineItemSpec(10, "Ugeplan", null, null),
                "7").orElse(null));
    }

    /** Whole numbers as longs, whatever JSON number type they were read as. */
    private static Map<String, Object> normalized(Map<String, Object> json) {
        Map<String, Object> copy = new java.util.HashMap<>();
        json.forEach((name, value) -> copy.put(name, value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? (Object) n.longValue() : value));
        return copy;
    }
}
