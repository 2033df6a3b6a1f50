package dk.laerepladsklar.lti.core.ags;

import dk.laerepladsklar.lti.api.Delivery;
import dk.laerepladsklar.lti.api.Delivery.Outcome;
import dk.laerepladsklar.lti.core.services.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a platform's answer to a score means. Symbolic reasons, read from Canvas's error messages
 * ({@code {"errors":{"type":..,"message":..}}}) where it says more than its status.
 */
final class ScoreAnswers {

    /** Moodle: the stored score's timestamp is the same or later (one-second resolution). */
    static final String TIMESTAMP_NOT_LATER = "TIMESTAMP_NOT_LATER";
    /** Canvas 422 for the Test Student and anyone not enrolled as a student. */
    static final String NOT_A_STUDENT = "NOT_A_STUDENT";
    static final String COURSE_UNPUBLISHED = "COURSE_UNPUBLISHED";
    static final String COURSE_CONCLUDED = "COURSE_CONCLUDED";
    static final String MAX_ATTEMPTS_REACHED = "MAX_ATTEMPTS_REACHED";
    static final String INVALID_SCORE = "INVALID_SCORE";
    static final String LINE_ITEM_GONE = "LINE_ITEM_GONE";
    static final String FORBIDDEN = "FORBIDDEN";
    static final String REFUSED = "REFUSED";
    static final String TOKEN_REJECTED = "TOKEN_REJECTED";
    static final String RATE_LIMITED = "RATE_LIMITED";
    static final String PLATFORM_ERROR = "PLATFORM_ERROR";

    private static final int MAX_MESSAGE = 300;

    private ScoreAnswers() {
    }

    static Delivery of(int status, String body) {
        if (status / 100 == 2) {
            return Delivery.delivered(status);
        }
        if (status == 409) {
            return new Delivery(Outcome.STALE_TIMESTAMP, status, TIMESTAMP_NOT_LATER);
        }
        if (status == 401) {
            return new Delivery(Outcome.RETRY, status, TOKEN_REJECTED); // even with a fresh token: ask again later
        }
        if (status == 429 || status == 408) {
            return new Delivery(Outcome.RETRY, status, RATE_LIMITED);
        }
        if (status / 100 == 5) {
            return new Delivery(Outcome.RETRY, status, PLATFORM_ERROR);
        }
        String message = message(body).toLowerCase(Locale.ROOT);
        if (message.contains("before last updated timestamp")) {
            return new Delivery(Outcome.STALE_TIMESTAMP, status, TIMESTAMP_NOT_LATER); // Canvas says it with a 400
        }
        return new Delivery(Outcome.PERMANENT_FAILURE, status, permanentReason(status, message));
    }

    private static String permanentReason(int status, String message) {
        if (status == 404 || status == 410) {
            return LINE_ITEM_GONE;
        }
        if (message.contains("not a student") || message.contains("user not found")) {
            return NOT_A_STUDENT;
        }
        if (message.contains("concluded")) {
            return COURSE_CONCLUDED;
        }
        if (message.contains("unpublished") || message.contains("not available")) {
            return COURSE_UNPUBLISHED;
        }
        if (message.contains("maximum number of allowed attempts")) {
            return MAX_ATTEMPTS_REACHED;
        }
        if (message.contains("timestamp") || message.contains("scoremaximum") || message.contains("scoregiven")
                || message.contains("incorrect score")) {
            return INVALID_SCORE;
        }
        return switch (status) {
            case 403 -> FORBIDDEN;
            // Our scores are always well formed, and a well-formed score gets Canvas's 422 only for a user who
            // is not a student of the course (the Test Student, a teacher, someone who left).
            case 422 -> NOT_A_STUDENT;
            default -> REFUSED;
        };
    }

    /** The platform's own words: Canvas's {@code errors.message}, an OAuth-style error, or the text itself. */
    static String message(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Map<String, Object> json = Json.objectIfAny(body).orElse(null);
        if (json == null) {
            return body.length() > MAX_MESSAGE ? body.substring(0, MAX_MESSAGE) : body;
        }
        Object errors = json.get("errors");
        if (errors instanceof Map<?, ?> && Json.text(Json.child(json, "errors"), "message") != null) {
            return Json.text(Json.child(json, "errors"), "message");
        }
        if (errors instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
                && first.get("message") instanceof String text) {
            return text;
        }
        for (String name : List.of("message", "error_description", "reason", "error")) {
            if (Json.text(json, name) != null) {
                return Json.text(json, name);
            }
        }
        return "";
    }
}
