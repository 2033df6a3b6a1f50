package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A course's gradebook as the teacher sees it in the LMS ({@code GET <issuer>/courses/<course>/gradebook}):
 * every column and student with the current grade on the column's scale, and every score received, in order.
 * Ids for tests: {@code gradebook}, {@code column-<n>}, {@code row-<userId>}, {@code grade-<userId>-<n>}
 * (its text and {@code data-value} are the grade, empty when there is none), {@code received-scores},
 * {@code received-<sequence>}, {@code back-to-course}, and in a grade cell of a column whose tool offers Submission
 * Review, the button {@code review-<userId>-<n>} ("Åbn elevens arbejde"): a real {@code LtiSubmissionReviewRequest}
 * launch of the course's teacher, in the same frame.
 * The same as JSON: {@code GET <issuer>/courses/<course>/gradebook/json}.
 */
@Path("demo-lms/courses/{course}/gradebook")
public class DemoGradebookPage {

    @Inject
    DemoPlatform platform;
    @Inject
    DemoDirectory directory;
    @Inject
    DemoGradebook gradebook;
    @Inject
    DemoPages pages;
    @Context
    UriInfo uriInfo;

    @GET
    public Response page(@PathParam("course") String courseId, @QueryParam("lang") String lang) {
        DemoMode.require();
        Locale locale = DemoPages.locale(lang);
        DemoCourse course = directory.course(courseId).orElse(null);
        if (course == null) {
            return pages.error("auth.error.user", locale, null);
        }
        ResourceBundle text = pages.text(locale);
        List<DemoLineItem> columns = gradebook.lineItems(course.id());
        StringBuilder head = new StringBuilder("<tr><th>").append(e(text.getString("gradebook.student"))).append("</th>");
        for (DemoLineItem column : columns) {
            head.append("<th id=\"column-").append(column.number()).append("\">").append(e(column.label()))
                    .append(" (").append(number(column.scoreMaximum())).append(")</th>");
        }
        head.append("</tr>");
        StringBuilder rows = new StringBuilder();
        String launchUrl = platform.issuer(uriInfo.getBaseUri()) + "/launch";
        for (String userId : students(course, columns)) {
            String name = directory.person(course, userId).map(DemoPerson::name).orElse(userId);
            rows.append("<tr id=\"row-").append(e(userId)).append("\"><th>").append(e(name)).append("</th>");
            for (DemoLineItem column : columns) {
                DemoGrade grade = gradebook.grades(course.id(), column.number()).get(userId);
                String value = grade == null || grade.value() == null ? "" : number(grade.value());
                rows.append("<td id=\"grade-").append(e(userId)).append('-').append(column.number())
                        .append("\" data-value=\"").append(value).append("\"><span class=\"grade\">")
                        .append(value.isEmpty() ? "–" : value).append("</span>");
                if (column.submissionReview() != null) {
                    rows.append(reviewButton(launchUrl, course, userId, name, column, locale, text));
                }
                rows.append("</td>");
            }
            rows.append("</tr>");
        }
        String html = """
                <!DOCTYPE html><html lang="%1$s"><head><meta charset="utf-8"><title>%2$s</title>
                <style>body{font-family:system-ui,sans-serif;margin:1rem;color:#1d2733}table{border-collapse:collapse;margin:.5rem 0}
                th,td{border:1px solid #c9ced4;padding:.3rem .5rem;text-align:left}td{text-align:right}</style></head>
                <body><h1 style="font-size:1.3rem">%2$s – %3$s</h1>
                <p><a id="back-to-course" href="%4$s">%5$s</a></p>
                %6$s
                <table id="gradebook"><thead>%7$s</thead><tbody>%8$s</tbody></table>
                <h2 style="font-size:1.1rem">%9$s</h2>
                %10$s
                </body></html>
                """.formatted(locale.getLanguage(), e(text.getString("gradebook.title")), e(course.title()),
                e(platform.issuer(uriInfo.getBaseUri()) + "?course=" + URLEncoder.encode(course.id(), StandardCharsets.UTF_8)
                        + "&lang=" + locale.getLanguage()), e(text.getString("gradebook.back")),
                columns.isEmpty() ? "<p id=\"no-columns\">" + e(text.getString("gradebook.noColumns")) + "</p>" : "",
                head, rows, e(text.getString("gradebook.received")), received(course, text));
        return DemoPages.html(200, html);
    }

    @GET
    @Path("json")
    public Response json(@PathParam("course") String courseId) {
        DemoMode.require();
        DemoCourse course = DemoLineItemsEndpoint.course(directory, courseId);
        String issuer = platform.issuer(uriInfo.getBaseUri());
        List<Map<String, Object>> columns = new ArrayList<>();
        for (DemoLineItem item : gradebook.lineItems(course.id())) {
            Map<String, Object> column = new LinkedHashMap<>(item.toJson(issuer));
            column.put("number", item.number());
            column.put("clientId", item.clientId());
            Map<String, Object> grades = new LinkedHashMap<>();
            gradebook.grades(course.id(), item.number()).forEach((user, grade) -> grades.put(user, gradeJson(grade)));
            column.put("grades", grades);
            columns.add(column);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (DemoResourceLink link : gradebook.links(course.id())) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", link.id());
            json.put("title", link.title());
            json.put("clientId", link.clientId());
            json.put("custom", link.custom());
            links.add(json);
        }
        List<Map<String, Object>> received = new ArrayList<>();
        gradebook.received(course.id()).forEach(r -> received.add(receivedJson(r)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("course", course.id());
        json.put("links", links);
        json.put("lineItems", columns);
        json.put("received", received);
        return Response.ok(JSONObjectUtils.toJSONString(json)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * The "open the student's work" button of one cell: posts the LMS's launch step with the review message, so the
     * tool gets a real OIDC login and an id_token with {@code for_user}; the tool's page replaces the gradebook in
     * this frame, as Moodle's grader report opens it in its own page.
     */
    private static String reviewButton(String launchUrl, DemoCourse course, String userId, String name,
                                       DemoLineItem column, Locale locale, ResourceBundle text) {
        String label = java.text.MessageFormat.format(text.getString("gradebook.review.label").replace("'", "''"),
                name, column.label());
        return "<form method=\"post\" action=\"" + e(launchUrl) + "\" style=\"display:inline;margin-left:.4rem\">"
                + hidden("course", course.id()) + hidden("user", course.teacher().id()) + hidden("for", userId)
                + hidden("column", Integer.toString(column.number())) + hidden("message", DemoCoursePage.SUBMISSION_REVIEW)
                + hidden("locale", locale.getLanguage())
                + "<button type=\"submit\" id=\"review-" + e(userId) + "-" + column.number() + "\" aria-label=\""
                + e(label) + "\">" + e(text.getString("gradebook.review")) + "</button></form>";
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + e(value) + "\">";
    }

    /** The roster's students, then anyone else who has a grade. */
    private Set<String> students(DemoCourse course, List<DemoLineItem> columns) {
        Set<String> users = new LinkedHashSet<>();
        course.students().forEach(s -> users.add(s.id()));
        for (DemoLineItem column : columns) {
            users.addAll(gradebook.grades(course.id(), column.number()).keySet());
        }
        return users;
    }

    private String received(DemoCourse course, ResourceBundle text) {
        List<DemoReceivedScore> received = gradebook.received(course.id());
        if (received.isEmpty()) {
            return "<p id=\"no-scores\">" + e(text.getString("gradebook.noScores")) + "</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"received-scores\"><thead><tr>");
        for (String key : List.of("seq", "column", "user", "score", "activity", "grading", "timestamp", "received", "answer")) {
            html.append("<th>").append(e(text.getString("gradebook.col." + key))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (DemoReceivedScore r : received) {
            DemoScore s = r.score();
            html.append("<tr id=\"received-").append(r.sequence()).append("\"><td>").append(r.sequence())
                    .append("</td><td>").append(r.lineItem()).append("</td><td>").append(e(s.userId()))
                    .append("</td><td>").append(s.scoreGiven() == null ? "–" : number(s.scoreGiven()) + " / " + number(s.scoreMaximum()))
                    .append("</td><td>").append(e(s.activityProgress())).append("</td><td>").append(e(s.gradingProgress()))
                    .append("</td><td>").append(s.timestamp()).append("</td><td>").append(r.receivedAt())
                    .append("</td><td>").append(r.status()).append(r.reason() == null ? "" : " " + e(r.reason()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static Map<String, Object> gradeJson(DemoGrade grade) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (grade.value() != null) {
            json.put("value", grade.value());
        }
        json.put("timestamp", grade.timestamp().toString());
        json.put("activityProgress", grade.activityProgress());
        json.put("gradingProgress", grade.gradingProgress());
        if (grade.comment() != null) {
            json.put("comment", grade.comment());
        }
        return json;
    }

    private static Map<String, Object> receivedJson(DemoReceivedScore r) {
        DemoScore s = r.score();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sequence", r.sequence());
        json.put("lineItem", r.lineItem());
        json.put("userId", s.userId());
        if (s.scoreGiven() != null) {
            json.put("scoreGiven", s.scoreGiven());
        }
        json.put("scoreMaximum", s.scoreMaximum());
        json.put("activityProgress", s.activityProgress());
        json.put("gradingProgress", s.gradingProgress());
        json.put("timestamp", s.timestamp().toString());
        if (s.comment() != null) {
            json.put("comment", s.comment());
        }
        json.put("receivedAt", r.receivedAt().toString());
        json.put("status", r.status());
        if (r.reason() != null) {
            json.put("reason", r.reason());
        }
        return json;
    }

    /** A number as the pages show it: 75, 7.5 (no trailing zeros, a point for decimals). */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String e(String text) {
        return DemoPages.escape(text);
    }
}
