package dk.laerepladsklar.lti.core.ags;

import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Delivery.Outcome;
import dk.laerepladsklar.lti.api.Gradebook;
import dk.laerepladsklar.lti.api.LineItemRef;
import dk.laerepladsklar.lti.api.LineItemSpec;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.Score;
import dk.laerepladsklar.lti.core.net.PlatformUnreachable;
import dk.laerepladsklar.lti.core.services.Json;
import dk.laerepladsklar.lti.core.services.ServiceCalls;
import dk.laerepladsklar.lti.core.services.TokenUnavailable;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The {@link Gradebook} port over LTI Assignment and Grade Services 2.0: scores go to
 * {@code <lineitem>/scores}, columns are created in the context's line items container. One attempt per
 * call; platform trouble comes back as a {@link Delivery}, never as an exception.
 */
@ApplicationScoped
public class AgsGradebook implements Gradebook {

    private static final Logger LOG = Logger.getLogger(AgsGradebook.class);

    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    /** ISO-8601 in UTC with milliseconds, as AGS asks ("subsecond precision"). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static final String UNREACHABLE = "UNREACHABLE";
    static final String TIMEOUT = "TIMEOUT";
    static final String TOKEN_UNAVAILABLE = "TOKEN_UNAVAILABLE";
    static final String TOKEN_REFUSED = "TOKEN_REFUSED";
    static final String NOT_REGISTERED = "PLATFORM_NOT_REGISTERED";
    static final String BAD_LINE_ITEM_URL = "BAD_LINE_ITEM_URL";
    /** The tool refused the call (off the platform's origins, a blocked address, a redirect): the one neutral code. */
    static final String REFUSED = PlatformUnreachable.CODE;

    @Inject
    ServiceCalls calls;

    @Override
    public Delivery publish(LineItemRef lineItem, Score score) {
        URI scores;
        try {
            scores = scoresUrl(lineItem.url());
        } catch (IllegalArgumentException e) {
            LOG.warnf("Line item URL of platform %s is not usable: %s", lineItem.platform(), lineItem.url());
            return new Delivery(Outcome.PERMANENT_FAILURE, 0, BAD_LINE_ITEM_URL);
        }
        String body = Json.write(scoreJson(score));
        Delivery delivery;
        try {
            HttpResponse<String> response = calls.send(lineItem.platform(), LtiClaims.SCOPE_SCORE,
                    () -> HttpRequest.newBuilder(scores)
                            .header("Content-Type", SCORE_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            delivery = ScoreAnswers.of(response.statusCode(), response.body());
            if (!delivery.delivered()) {
                // No user id in the log: the outbox row says whose score it was.
                LOG.infof("Score to %s: HTTP %d %s (%s)", scores, response.statusCode(), delivery.reason(),
                        ScoreAnswers.message(response.body()));
            }
        } catch (TokenUnavailable e) {
            delivery = tokenTrouble(e);
        } catch (PlatformUnreachable e) {
            delivery = e.refused() ? new Delivery(Outcome.PERMANENT_FAILURE, 0, REFUSED)
                    : new Delivery(Outcome.RETRY, 0, e.reason() == PlatformUnreachable.Reason.TIMEOUT ? TIMEOUT : UNREACHABLE);
            if (!e.refused()) {
                LOG.infof("Score to %s not delivered: %s", scores, e.getMessage());
            }
        } catch (IOException e) {
            LOG.infof("Score to %s not delivered: %s", scores, e.toString());
            delivery = new Delivery(Outcome.RETRY, 0, UNREACHABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery = new Delivery(Outcome.RETRY, 0, TIMEOUT);
        }
        return delivery;
    }

    @Override
    public Optional<LineItemRef> createLineItem(PlatformId platform, String lineItemsUrl, LineItemSpec spec, String resourceLinkId) {
        URI url;
        try {
            url = URI.create(lineItemsUrl);
            if (!("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warnf("Line items URL of platform %s is not usable: %s", platform, lineItemsUrl);
            return Optional.empty();
        }
        Map<String, Object> lineItem = new LinkedHashMap<>();
        lineItem.put("scoreMaximum", spec.scoreMaximum());
        lineItem.put("label", spec.label());
        putIfPresent(lineItem, "resourceId", spec.resourceId());
        putIfPresent(lineItem, "tag", spec.tag());
        putIfPresent(lineItem, "resourceLinkId", resourceLinkId);
        lineItem.put(LtiClaims.LINE_ITEM_SUBMISSION_REVIEW, SubmissionReviewOffer.json(SubmissionReviewOffer.configuredReviewUrl()));
        String body = Json.write(lineItem);
        try {
            HttpResponse<String> response = calls.send(platform, LtiClaims.SCOPE_LINEITEM,
                    () -> HttpRequest.newBuilder(url)
                            .header("Content-Type", LINE_ITEM_TYPE)
                            .header("Accept", LINE_ITEM_TYPE)
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
            String id = response.statusCode() / 100 == 2
                    ? Json.objectIfAny(response.body()).map(json -> Json.text(json, "id")).orElse(null) : null;
            if (id == null || id.isBlank()) {
                LOG.warnf("Platform %s did not create line item '%s' in %s: HTTP %d %s", platform, spec.label(), lineItemsUrl,
                        response.statusCode(), ScoreAnswers.message(response.body()));
                return Optional.empty();
            }
            return Optional.of(new LineItemRef(platform, id));
        } catch (TokenUnavailable e) {
            LOG.warnf("No token to create line item '%s' on platform %s: %s", spec.label(), platform, e.getMessage());
        } catch (IOException e) {
            LOG.warnf("Could not create line item '%s' in %s: %s", spec.label(), lineItemsUrl, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** {@code <lineitem>/scores}, with the path before any query (Moodle: {@code .../lineitem?type_id=3}). */
    static URI scoresUrl(String lineItemUrl) {
        URI lineItem = URI.create(lineItemUrl);
        if (!("https".equalsIgnoreCase(lineItem.getScheme()) || "http".equalsIgnoreCase(lineItem.getScheme()))
                || lineItem.getRawAuthority() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL");
        }
        String path = lineItem.getRawPath() == null ? "" : lineItem.getRawPath();
        String scores = path.endsWith("/") ? path + "scores" : path + "/scores";
        return URI.create(lineItem.getScheme() + "://" + lineItem.getRawAuthority() + scores
                + (lineItem.getRawQuery() == null ? "" : "?" + lineItem.getRawQuery()));
    }

    static Map<String, Object> scoreJson(Score score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("userId", score.userSubject());
        json.put("scoreGiven", score.given());
        json.put("scoreMaximum", score.maximum());
        json.put("activityProgress", score.activityProgress().name());
        json.put("gradingProgress", score.gradingProgress().name());
        json.put("timestamp", TIMESTAMP.format(score.timestamp()));
        if (score.comment() != null && !score.comment().isBlank()) {
            json.put("comment", score.comment());
        }
        return json;
    }

    private static Delivery tokenTrouble(TokenUnavailable e) {
        return switch (e.kind()) {
            case NOT_REGISTERED -> new Delivery(Outcome.PERMANENT_FAILURE, 0, NOT_REGISTERED);
            case REFUSED -> new Delivery(Outcome.RETRY, 0, TOKEN_REFUSED); // e.g. a tool not yet activated in Moodle
            case UNAVAILABLE -> new Delivery(Outcome.RETRY, 0, TOKEN_UNAVAILABLE);
        };
    }

    private static void putIfPresent(Map<String, Object> json, String name, String value) {
        if (value != null && !value.isBlank()) {
            json.put(name, value);
        }
    }
}
