package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.RecordedAttempts;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A placement's own rubric over HTTP through the demo LMS, on WildFly with PostgreSQL: the teacher changes wording and
 * points (bad input refused with the reason, nothing kept), the student self-assesses and is scored with it, the
 * points are fixed once assessed, and the score reaches the demo LMS with the placement's total as its maximum (the
 * column keeps the scenario's and scales). Along the way "Mit forløb" and the class page say sent, then assessed; a
 * review launch from the gradebook opens the student's latest attempt, or says none is sent yet.
 */
class RolePlayRubricIT extends DemoLmsEndToEnd {

    private RecordedAttempts attempts;

    @BeforeEach
    void setUp() {
        attempts = new RecordedAttempts(client, tool);
    }

    @Test
    void theTeachersOwnRubricScoresTheAttemptAndItsTotalReachesTheGradebook() throws Exception {
        String course = "course-6401";
        String student = "student-6401-1";
        String link = attempts.place(course);
        Person hanne = attempts.launchLink(course, link, "teacher-6401");
        String placement = hanne.placement();
        assertTrue(hanne.launch().body().contains("id=\"edit-rubric\""), "the overview links the rubric page");
        String rubricPage = attempts.page(hanne, "/roleplay/rubric.xhtml?placement=" + placement);
        assertTrue(rubricPage.contains("id=\"rubric-form\"") && rubricPage.contains("data-total=\"12\""), rubricPage);
        assertFalse(rubricPage.contains("id=\"points-locked\""), rubricPage);
        String endpoint = "/api/roleplay/rubrics/" + placement;

        // bad input: each comes back with its reason, and nothing is kept
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", -1, 5, 10, true)), "POINTS_OUT_OF_RANGE");
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", 0, 5, 21, true)), "POINTS_OUT_OF_RANGE");
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", 0, 5, 5, true)), "POINTS_NOT_ASCENDING");
        assertBack(attempts.form(hanne, endpoint, rubric("x".repeat(10_000), 0, 5, 10, true)), "TEXT_EMPTY_OR_TOO_LONG");
        assertBack(attempts.form(hanne, endpoint, rubric("   ", 0, 5, 10, true)), "TEXT_EMPTY_OR_TOO_LONG");
        assertBack(attempts.form(hanne, endpoint, rubric("Start", 0, 5, 10, true) + "&keep.charm=1&title.charm=Charme"), "UNKNOWN_CRITERION");
        assertBack(attempts.form(hanne, endpoint, "title.opening=Start"), "NO_CRITERIA");
        assertBack(attempts.form(hanne, endpoint, rubric("Start", 0, 5, 10, true).replace("&points.opening.3=10", "")), "POINTS_OUT_OF_RANGE");
        assertBack(attempts.form(hanne, endpoint, rubric("Start", 0, 5, 10, true).replace("&points.opening.3=10", "")
                .replaceAll("&description\\.opening\\.3=[^&]*", "")), "LEVELS_CHANGED");
        assertBack(attempts.form(hanne, endpoint, "title.opening=" + "a".repeat(300_000)), "TEXT_EMPTY_OR_TOO_LONG");
        assertEquals(List.of("0"), rows("select count(*) from roleplay_placement_rubric where placement_id = ?::uuid", placement));
        String refusedPage = attempts.page(hanne, "/roleplay/rubric.xhtml?placement=" + placement + "&refused=POINTS_OUT_OF_RANGE");
        assertTrue(refusedPage.contains("Point skal være et helt tal fra 0 til 20."), refusedPage);

        // not the teacher's: a student, a mentor, a teacher of another course, a made-up placement
        Person sara = attempts.launchLink(course, link, student);
        assertEquals(404, attempts.form(sara, endpoint, rubric("Hacket", 0, 1, 2, true)).statusCode());
        assertEquals(404, attempts.form(sara, endpoint + "/reset", "").statusCode());
        assertFalse(attempts.page(sara, "/roleplay/rubric.xhtml?placement=" + placement).contains("id=\"rubric-form\""));
        Person mentor = attempts.launch(course, "mentor-6401");
        assertEquals(404, attempts.form(mentor, endpoint, rubric("Hacket", 0, 1, 2, true)).statusCode());
        Person stranger = attempts.launch("course-6402", "teacher-6402");
        assertEquals(404, attempts.form(stranger, endpoint, rubric("Hacket", 0, 1, 2, true)).statusCode());
        assertTrue(attempts.page(stranger, "/roleplay/rubric.xhtml?placement=" + placement).contains("id=\"not-found\""));
        assertEquals(404, attempts.form(hanne, "/api/roleplay/rubrics/not-a-uuid", rubric("Start", 0, 5, 10, true)).statusCode());
        assertEquals(404, attempts.form(hanne, "/api/roleplay/rubrics/" + java.util.UUID.randomUUID(), rubric("Start", 0, 5, 10, true)).statusCode());
        assertEquals(List.of("0"), rows("select count(*) from roleplay_placement_rubric where placement_id = ?::uuid", placement));

        // the teacher's own: "opening" renamed and worth 0/5/10, "clear" as it is, "closing" left out: 14 points
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", 0, 5, 10, false)), null);
        rubricPage = attempts.page(hanne, "/roleplay/rubric.xhtml?placement=" + placement + "&saved=1");
        assertTrue(rubricPage.contains("data-total=\"14\"") && rubricPage.contains("data-own=\"true\""), rubricPage);

        // Mit forløb before sending: opened (the link landed on the practice), not sent
        assertEquals("OPENED", homeState(sara));
        assertFalse(attempts.page(sara, "/student/home.xhtml").contains("Sendt til læreren"));

        // the student sees the teacher's wording and points, self-assesses with them and sends
        String record = attempts.page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertTrue(record.contains("Du siger, hvem du er"), record);
        assertTrue(record.contains("name=\"self-opening\" value=\"10\""), record);
        assertFalse(record.contains("name=\"self-closing\""), "the criterion left out is not there: " + record);
        String api = "/api/roleplay/attempts/" + placement;
        String attempt = attempts.typeAnswers(sara);
        HttpResponse<String> stale = attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=2&clear=4", "application/x-www-form-urlencoded");
        assertEquals(400, stale.statusCode(), "2 is no level of the teacher's opening: " + stale.body());
        assertEquals(200, attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=5&clear=4", "application/x-www-form-urlencoded").statusCode());
        HttpResponse<String> sent = attempts.call(sara, "POST", api + "/" + attempt + "/send", null, null);
        assertEquals(200, sent.statusCode(), sent.body());

        // Mit forløb and the class page: sent, waiting for the teacher
        String home = attempts.page(sara, "/student/home.xhtml");
        assertEquals("AWAITING_REVIEW", homeState(sara));
        assertTrue(home.contains("Sendt til læreren."), home);
        assertTrue(home.contains("Venter på læreren"), home);
        assertEquals("AWAITING_REVIEW", classState(course, placement, student));

        // a review launch from the gradebook: the student's attempt; a classmate without one: a page saying so
        int column = ((Number) DemoGradebook.of(client, tool, course).lineItemOf(link).get("number")).intValue();
        LaunchResult review = client.reviewLaunch(new CookieJar(), course, "teacher-6401", student, column, "da");
        assertTrue(review.landed(), review.status() + " " + review.body());
        assertTrue(review.landingUrl().contains("/roleplay/assess.xhtml?placement=" + placement + "&student=" + student),
                review.landingUrl());
        assertTrue(review.body().contains("id=\"assess-form\"") && review.body().contains("/api/roleplay/assessments/" + attempt),
                review.body());
        LaunchResult none = client.reviewLaunch(new CookieJar(), course, "teacher-6401", "student-6401-2", column, "da");
        assertTrue(none.body().contains("id=\"no-attempt\"") && none.body().contains("id=\"to-overview\""), none.body());
        assertTrue(none.body().contains("har ikke sendt et optaget forsøg"), none.body());
        // another course's teacher asking with this course's placement sees nothing
        assertTrue(attempts.page(stranger, "/roleplay/assess.xhtml?placement=" + placement + "&student=" + student).contains("id=\"not-found\""));

        // the teacher scores with the placement's rubric: the scenario's "4" is no level now
        String assess = "/api/roleplay/assessments/" + attempt;
        assertEquals(303, attempts.form(hanne, assess + "/assess", "level.opening=4&level.clear=2").statusCode());
        assertEquals(List.of("SENT"), rows("select state from roleplay_attempt where id = ?::uuid", attempt));
        HttpResponse<String> scored = attempts.form(hanne, assess + "/assess", "level.opening=10&level.clear=2");
        assertTrue(scored.headers().firstValue("Location").orElse("").endsWith("&saved=1"), scored.headers().toString());
        assertEquals(List.of("ASSESSED|12|14"), rows("select state || '|' || score || '|' || score_maximum from roleplay_attempt where id = ?::uuid", attempt));

        // assessed: the points are fixed, the wording is not
        rubricPage = attempts.page(hanne, "/roleplay/rubric.xhtml?placement=" + placement);
        assertTrue(rubricPage.contains("id=\"points-locked\""), rubricPage);
        assertFalse(rubricPage.contains("type=\"number\""), "no point fields: " + rubricPage);
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", 0, 6, 10, false)), "POINTS_LOCKED");
        assertBack(attempts.form(hanne, endpoint, rubric("Du siger, hvem du er", 0, 5, 10, true)), "POINTS_LOCKED");
        assertBack(attempts.form(hanne, endpoint + "/reset", ""), "POINTS_LOCKED");
        assertBack(attempts.form(hanne, endpoint, rubric("Du præsenterer dig selv", 0, 5, 10, false)), null);
        assertTrue(attempts.page(hanne, "/roleplay/assess.xhtml?attempt=" + attempt).contains("Du præsenterer dig selv"));

        // released: the score goes with the placement's total; the LMS column keeps 12 and scales
        assertEquals(303, attempts.form(hanne, assess + "/release", "").statusCode());
        DemoGradebook graded = attempts.awaitGrade(course, link, student);
        assertEquals(12.0, ((Number) graded.lineItemOf(link).get("scoreMaximum")).doubleValue(), "the column stays");
        List<Map<String, Object>> received = graded.receivedFor(link, student);
        Map<String, Object> last = received.get(received.size() - 1);
        assertEquals(12.0, ((Number) last.get("scoreGiven")).doubleValue(), last.toString());
        assertEquals(14.0, ((Number) last.get("scoreMaximum")).doubleValue(), last.toString());
        assertEquals(10.28571, graded.grade(link, student), 0.00001, "12 of 14 on the column's 12");
        String lmsPage = client.get(tool.lmsBase() + "/courses/" + course + "/gradebook", new CookieJar()).body();
        assertTrue(lmsPage.contains("(12)</th>") && lmsPage.contains("<span class=\"grade\">10.28571</span>"), lmsPage);

        // Mit forløb and the class page: assessed, with the points
        home = attempts.page(sara, "/student/home.xhtml");
        assertEquals("DONE", homeState(sara));
        assertTrue(home.contains("Vurderet: 12 af 14 point"), home);
        assertEquals("DONE", classState(course, placement, student));
        String mine = attempts.page(sara, "/roleplay/record.xhtml?placement=" + placement);
        assertTrue(mine.contains("Point: 12 ud af 14"), mine);
    }

    @Test
    void inChromiumTheGradebooksOpenTheStudentsWorkButtonLandsOnTheAttempt() throws Exception {
        String course = "course-6403";
        String student = "student-6403-1";
        String link = attempts.place(course);
        Person sara = attempts.launchLink(course, link, student);
        String placement = sara.placement();
        String api = "/api/roleplay/attempts/" + placement;
        String attempt = attempts.typeAnswers(sara);
        assertEquals(200, attempts.call(sara, "PUT", api + "/" + attempt + "/self", "opening=2&clear=4&closing=2",
                "application/x-www-form-urlencoded").statusCode());
        assertEquals(200, attempts.call(sara, "POST", api + "/" + attempt + "/send", null, null).statusCode());
        int column = ((Number) DemoGradebook.of(client, tool, course).lineItemOf(link).get("number")).intValue();

        org.openqa.selenium.chrome.ChromeDriver browser = dk.laerepladsklar.it.support.Chromium.start(false);
        try {
            var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30));
            browser.get(tool.lmsBase() + "/courses/" + course + "/gradebook");
            var button = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    org.openqa.selenium.By.id("review-" + student + "-" + column)));
            assertEquals("Åbn elevens arbejde", button.getText());
            button.click();
            // a new document: the launch's pages post through to the tool's assessment of that attempt
            wait.until(dk.laerepladsklar.it.support.Replaced.page(button));
            var form = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                    org.openqa.selenium.By.id("assess-form")));
            assertTrue(browser.getCurrentUrl().contains("/roleplay/assess.xhtml?placement=" + placement), browser.getCurrentUrl());
            assertTrue(form.getAttribute("action").contains("/api/roleplay/assessments/" + attempt + "/assess"),
                    form.getAttribute("action"));
            assertEquals("sent", browser.findElement(org.openqa.selenium.By.id("attempt-state")).getAttribute("data-state"));
            assertTrue(browser.findElement(org.openqa.selenium.By.id("assess-title")).getText().contains("1"),
                    "the attempt's number in the title");
        } finally {
            browser.quit();
        }
    }

    // ---- helpers

    /** The form as the page sends it: "opening" with this title and points, "clear" as is, "closing" kept or not. */
    private static String rubric(String openingTitle, int p1, int p2, int p3, boolean keepClosing) {
        List<String> fields = new ArrayList<>(List.of("keep.opening=1", "title.opening=" + enc(openingTitle),
                "description.opening.1=" + enc("Du siger ikke, hvem du er."), "points.opening.1=" + p1,
                "description.opening.2=" + enc("Navn eller skole."), "points.opening.2=" + p2,
                "description.opening.3=" + enc("Navn, skole og ærinde."), "points.opening.3=" + p3,
                "keep.clear=1", "title.clear=" + enc("Du er kort og klar"),
                "description.clear.1=a", "points.clear.1=0", "description.clear.2=b", "points.clear.2=2",
                "description.clear.3=c", "points.clear.3=4",
                "title.closing=" + enc("Du aftaler næste skridt"),
                "description.closing.1=a", "points.closing.1=0", "description.closing.2=b", "points.closing.2=2",
                "description.closing.3=c", "points.closing.3=4"));
        if (keepClosing) {
            fields.add("keep.closing=1");
        }
        return String.join("&", fields);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String homeState(Person who) throws Exception {
        Matcher m = Pattern.compile("id=\"activity-1\"[^>]*data-state=\"([A-Z_]+)\"").matcher(attempts.page(who, "/student/home.xhtml"));
        assertTrue(m.find(), "an activity on Mit forløb");
        return m.group(1);
    }

    /** The state the class page shows for this student and placement. */
    private String classState(String course, String placement, String student) throws Exception {
        LaunchResult classPage = client.launch(new CookieJar(), course, "teacher-6401", "da", true);
        Matcher m = Pattern.compile("lpk-cell lpk-state-([A-Z_]+)\"\\s+data-placement=\"" + placement + "\" data-subject=\"" + student + "\"")
                .matcher(classPage.body());
        assertTrue(m.find(), classPage.body());
        return m.group(1);
    }

    /** A form's answer: back to the rubric page (303), with the refusal's reason or "saved". */
    private static void assertBack(HttpResponse<String> response, String reason) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/roleplay/rubric.xhtml?placement="), location);
        assertTrue(reason == null ? location.endsWith("&saved=1") : location.endsWith("&refused=" + reason), location);
    }
}
