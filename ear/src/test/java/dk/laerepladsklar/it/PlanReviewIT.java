package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.CareerPlanHttp;
import dk.laerepladsklar.it.support.CareerPlanHttp.Person;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Teachers and mentors beside students' career plans, over HTTP through the demo LMS, on WildFly with PostgreSQL:
 * students write and send through the plan page's calls; the teacher sees the class (plans in plain words, overdue
 * next steps, a student who never opened the plan), comments on a section, asks for changes; the student revises and
 * sends again; the teacher compares the versions and approves, and the LMS gradebook shows 10 of 10. A mentor
 * comments but gives no verdict; the gradebook's review button opens the student's plan; group guidance to a
 * section; a "points on sending" placement scores as the plan is sent. Bad input is refused with a clear message and
 * nothing saved. And the teacher does it in headless Chromium at phone width, checked with axe.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanReviewIT {

    private static final String PLAN = "career-plan:plan";
    private static final String PLAN_SENT = "career-plan:plan-sent";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private CareerPlanHttp plans;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        plans = new CareerPlanHttp(client, tool);
    }

    @Test
    void theTeacherCommentsAsksForChangesAndApprovesAndTheGradebookShowsTheScore() throws Exception {
        String course = "course-6901";
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + course + "/size", "students=4", null).statusCode());
        String link = plans.place(course, PLAN);
        String sara = "student-6901-1";
        String omar = "student-6901-2";
        String never = "student-6901-3";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

        // Sara writes (support needs not shared), a step already overdue, and sends; Omar writes a draft.
        Person student = plans.open(course, link, sara);
        String placement = student.placement();
        plans.write(student, "strengths", "Jeg er præcis. Eksempel: skabet på værkstedet passede første gang.");
        plans.write(student, "wishes", "Tømrer i et lille firma i Aarhus.");
        plans.write(student, "support", "Jeg er ordblind og bruger oplæsning.");
        plans.step(student, "Ring til tre tømrermestre", today.minusDays(2).toString());
        plans.step(student, "Opret profil på lærepladsen.dk", today.plusDays(5).toString());
        plans.send(student);
        Person omarPerson = plans.open(course, link, omar);
        plans.write(omarPerson, "goals-soon", "Sende seks ansøgninger.");

        // The class view: plans in plain words, the same words as the class page, overdue steps, not opened.
        Person teacher = plans.open(course, link, "teacher-6901");
        assertTrue(teacher.launch().landingUrl().contains("/careerplan/class.xhtml?placement=" + placement),
                teacher.launch().landingUrl());
        String classPage = teacher.launch().body();
        assertEquals("Sendt til feedback", cell(classPage, "data-state-of", sara));
        assertEquals("Venter på læreren", cell(classPage, "data-standing-of", sara));
        assertEquals("1 overskredet", cell(classPage, "data-overdue-of", sara));
        assertTrue(classPage.contains("lpk-cp-has-overdue"), "the overdue student is marked");
        assertEquals("Kladde", cell(classPage, "data-state-of", omar));
        assertEquals("I gang", cell(classPage, "data-standing-of", omar));
        assertEquals("Ikke startet", cell(classPage, "data-state-of", never));
        assertEquals("Ikke åbnet endnu", cell(classPage, "data-standing-of", never));
        assertFalse(classPage.contains("ordblind"), "nothing of the plans on the class view");

        // The teacher reads Sara's plan: the sent version, not the support section, the overdue step picked out.
        String review = reviewPage(teacher, placement, sara);
        assertTrue(review.contains("Jeg er præcis. Eksempel: skabet på værkstedet passede første gang."), review);
        assertTrue(review.contains("id=\"support-hidden\""), review);
        assertFalse(review.contains("ordblind"), "the support section is not shared");
        assertTrue(review.contains("data-overdue=\"true\"") && review.contains("Ring til tre tømrermestre"), review);
        assertTrue(review.contains("id=\"approve\"") && review.contains("id=\"ask-changes\""), review);

        String students = "/" + placement + "/students/";
        assertSaved(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "strengths", "text", "Godt eksempel! Skriv også én ting mere, du er god til.")),
                "comment");

        // Bad input: refused with a reason the page says in plain words, nothing saved.
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "strengths", "text", "   ")), "PLAN_COMMENT_MISSING");
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "strengths", "text", "ø".repeat(3000))), "PLAN_COMMENT_TOO_LONG");
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "hobbies", "text", "Hej")), "PLAN_UNKNOWN_SECTION");
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "2", "section", "strengths", "text", "Hej")), "PLAN_NOT_SENT");
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "første", "section", "strengths", "text", "Hej")), "PLAN_NOT_SENT");
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "support", "text", "Hej")), "PLAN_SECTION_NOT_SHARED");
        assertRefused(plans.review(teacher, placement, "/students/" + omar + "/approve", null), "PLAN_NOT_SENT");
        // a student of another course who has a plan there
        String elsewhere = plans.place("course-6902", PLAN);
        Person stranger = plans.open("course-6902", elsewhere, "student-6902-1");
        plans.write(stranger, "strengths", "Jeg er stærk.");
        plans.send(stranger);
        assertRefused(plans.review(teacher, placement, "/students/student-6902-1/comments",
                Map.of("version", "1", "section", "strengths", "text", "Hej")), "PLAN_NOT_FOUND");
        assertRefused(plans.review(teacher, placement, "/students/student-6902-1/approve", null), "PLAN_NOT_FOUND");
        assertTrue(reviewPage(teacher, placement, "student-6902-1").contains("id=\"not-found\""));
        // the other course's placement, a made-up one, a forged post without the launch, a student's own launch
        assertEquals(404, plans.review(teacher, stranger.placement(), "/students/student-6902-1/approve", null).statusCode());
        assertEquals(404, plans.review(teacher, "not-a-placement", "/students/" + sara + "/approve", null).statusCode());
        assertEquals(404, plans.call(null, "POST", "/api/careerplan/reviews" + students + sara + "/approve", "", FORM).statusCode());
        assertEquals(404, plans.call(new Person(teacher.jar(), "forged", teacher.launch()), "POST",
                "/api/careerplan/reviews" + students + sara + "/approve", "", FORM).statusCode());
        assertEquals(404, plans.review(student, placement, "/students/" + sara + "/approve", null).statusCode(),
                "a student gives no verdict, not even on their own plan");
        HttpResponse<String> refusedPage = client.get(tool.toolBase() + plans.review(teacher, placement,
                "/students/" + sara + "/comments", Map.of("version", "1", "section", "strengths", "text", ""))
                .headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""), teacher.jar());
        assertEquals("Skriv din kommentar, før du gemmer den.", text(refusedPage.body(), "refused-note"));
        assertEquals(List.of("Godt eksempel! Skriv også én ting mere, du er god til."), commentsOf(sara),
                "only the one good comment is stored");
        assertEquals(0, commentsOf("student-6902-1").size());

        // The mentor of Sara and Omar: comments, gives no verdict, sees only mentees.
        Person mentor = plans.open(course, link, "mentor-6901");
        assertTrue(mentor.launch().body().contains("data-state-of=\"" + sara + "\""));
        assertFalse(mentor.launch().body().contains("data-state-of=\"" + never + "\""), "only the mentees");
        String mentorReview = reviewPage(mentor, placement, sara);
        assertFalse(mentorReview.contains("id=\"approve\""), mentorReview);
        assertTrue(mentorReview.contains("id=\"mentor-note\""), mentorReview);
        assertSaved(plans.review(mentor, placement, "/students/" + sara + "/comments",
                Map.of("version", "1", "section", "wishes", "text", "Spørg hos Byg & Co i Aabyhøj.")), "comment");
        assertRefused(plans.review(mentor, placement, "/students/" + sara + "/approve", null), "PLAN_NOT_STAFF");
        assertRefused(plans.review(mentor, placement, "/students/" + sara + "/changes", null), "PLAN_NOT_STAFF");

        // The gradebook hears "waiting for the teacher" for the sent plan.
        String column = link;
        DemoGradebook waiting = awaitGradebook(course, g -> last(g, column, sara, "gradingProgress").equals("PendingManual"));
        assertNull(waiting.grade(link, sara));

        // Changes asked for: the gradebook says in progress, pending (no stale score).
        assertSaved(plans.review(teacher, placement, "/students/" + sara + "/changes", null), "changes");
        assertEquals("NEEDS_CHANGES", stateOf(sara));
        DemoGradebook pending = awaitGradebook(course, g -> last(g, column, sara, "gradingProgress").equals("Pending"));
        assertEquals("InProgress", last(pending, link, sara, "activityProgress"));
        assertNull(pending.grade(link, sara));
        assertRefused(plans.review(teacher, placement, "/students/" + sara + "/approve", null), "PLAN_NOT_SENT");

        // Sara sees the comments beside her sections, revises and sends again.
        String saraPage = plans.student(student, "GET", "", null, null).body();
        assertTrue(saraPage.contains("\"state\":\"NEEDS_CHANGES\""), saraPage);
        plans.write(student, "strengths", "Jeg er præcis og hurtig. Eksempel: skabet på værkstedet passede første gang.");
        plans.send(student);

        // The teacher compares version 2 with version 1 and approves.
        String compared = plans.get(teacher, "/careerplan/review.xhtml?placement=" + placement + "&student=" + sara
                + "&version=2&compare=1").body();
        assertTrue(compared.contains("id=\"comparing\""), compared);
        Matcher ins = Pattern.compile("<ins><span class=\"lpk-cp-sr\">Tilføjet: </span>([^<]*)</ins>").matcher(compared);
        StringBuilder inserted = new StringBuilder();
        while (ins.find()) {
            inserted.append(ins.group(1)).append('|');
        }
        assertTrue(inserted.toString().contains("hurtig"), "the new words are marked as added: " + inserted + " in " + compared);
        assertTrue(compared.contains("<del><span class=\"lpk-cp-sr\">Fjernet: </span>"), "the removed words are marked");
        assertTrue(compared.contains("Godt eksempel! Skriv også én ting mere, du er god til."), "version 1's comment stays beside it");
        assertTrue(compared.contains("lærer") && compared.contains("mentor"), "comments are signed with the role");
        assertSaved(plans.review(teacher, placement, "/students/" + sara + "/approve", null), "approved");
        assertEquals("APPROVED", stateOf(sara));
        DemoGradebook graded = awaitGradebook(course, g -> Double.valueOf(10.0).equals(g.grade(column, sara)));
        assertEquals("FullyGraded", last(graded, link, sara, "gradingProgress"));
        assertEquals("Completed", last(graded, link, sara, "activityProgress"));

        // The gradebook's review button opens Sara's plan for the teacher.
        int number = ((Number) graded.lineItemOf(link).get("number")).intValue();
        LaunchResult reviewed = client.reviewLaunch(new CookieJar(), course, "teacher-6901", sara, number, "da");
        assertTrue(reviewed.landed(), reviewed.status() + " " + reviewed.body());
        assertTrue(reviewed.landingUrl().contains("/careerplan/review.xhtml?placement=" + placement + "&student=" + sara),
                reviewed.landingUrl());
        assertTrue(reviewed.body().contains("data-state=\"APPROVED\""), reviewed.body());

        // The same page in English.
        String english = plans.get(plans.open(course, link, "teacher-6901", "en"), "/careerplan/review.xhtml?placement="
                + placement + "&student=" + sara).body();
        assertTrue(english.contains("Career plan: Elev 6901-1") && english.contains("Approved"), english);
        assertTrue(english.contains("teacher") && english.contains("on version 1"), "comments signed in English: " + english);

        // Group guidance: a note to a section for the whole class; bad notes refused; removed again.
        String notes = "/class-notes";
        Location added = new Location(plans.review(teacher, placement, notes,
                Map.of("section", "goals-soon", "text", "Husk: mål, man kan tælle.")));
        assertTrue(added.value().contains("/careerplan/class.xhtml?placement=" + placement) && added.value().contains("saved=note"),
                added.value());
        assertTrue(new Location(plans.review(teacher, placement, notes, Map.of("section", "hobbies", "text", "Hej")))
                .value().contains("refused=PLAN_UNKNOWN_SECTION"));
        assertTrue(new Location(plans.review(teacher, placement, notes, Map.of("section", "goals-soon", "text", "")))
                .value().contains("refused=PLAN_COMMENT_MISSING"));
        assertTrue(new Location(plans.review(mentor, placement, notes, Map.of("section", "goals-soon", "text", "Hej")))
                .value().contains("refused=PLAN_NOT_STAFF"));
        String withNote = plans.get(teacher, "/careerplan/class.xhtml?placement=" + placement).body();
        Matcher note = Pattern.compile("data-note=\"([0-9a-f-]{36})\" data-section=\"goals-soon\"").matcher(withNote);
        assertTrue(note.find(), withNote);
        assertEquals(1, countOf("career_plan_class_note", course));
        assertTrue(new Location(plans.review(mentor, placement, notes + "/" + note.group(1) + "/remove", null))
                .value().contains("refused=PLAN_NOTE_NOT_FOUND"), "a mentor removes nothing");
        assertTrue(new Location(plans.review(teacher, placement, notes + "/" + note.group(1) + "/remove", null))
                .value().contains("saved=note-removed"));
        assertEquals(0, countOf("career_plan_class_note", course));
    }

    @Test
    void aPlanSentPlacementScoresAsThePlanIsSent() throws Exception {
        String course = "course-6903";
        String link = plans.place(course, PLAN_SENT);
        String student = "student-6903-1";
        Person person = plans.open(course, link, student);
        plans.write(person, "goals-soon", "Ringe til tre butikker i Viborg.");
        plans.send(person);
        DemoGradebook graded = awaitGradebook(course, g -> Double.valueOf(10.0).equals(g.grade(link, student)));
        assertEquals("FullyGraded", last(graded, link, student, "gradingProgress"));
        // asking for changes keeps the points: the rule was "points on sending"
        Person teacher = plans.open(course, link, "teacher-6903");
        assertEquals("Sendt til feedback", cell(teacher.launch().body(), "data-state-of", student));
        assertEquals("Færdig", cell(teacher.launch().body(), "data-standing-of", student));
        assertSaved(plans.review(teacher, person.placement(), "/students/" + student + "/changes", null), "changes");
        assertEquals("NEEDS_CHANGES", stateOf(student));
        // what the outbox holds for the student after the verdict is still the full score (nothing newer to send)
        assertEquals(10.0, DemoGradebook.of(client, tool, course).grade(link, student));
        assertEquals(1, deliveriesOf(person.placement(), student), "one score sent, none queued after the verdict");
    }

    @Test
    void onAPhoneTheTeacherOpensTheClassAndAPlanCommentsAndApproves() throws Exception {
        String course = "course-6904";
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + course + "/size", "students=3", null).statusCode());
        String link = plans.place(course, PLAN);
        String student = "student-6904-1";
        Person person = plans.open(course, link, student);
        plans.write(person, "strengths", "Jeg er god til at lytte. Eksempel: i min fritidsjob i Netto hjalp jeg en kunde.");
        plans.write(person, "goals-soon", "Sende fem ansøgninger til tømrerfirmaer.");
        plans.step(person, "Ring til tre mestre", LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString());
        plans.send(person);

        Files.createDirectories(SCREENSHOTS);
        ChromeDriver browser = Chromium.start(false);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(tool.lmsBase() + "?course=" + course + "&lang=da");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("launch-" + link + "-teacher-6904"))).click();
            frame(browser, wait);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("students")));
            AxeAudit axe = new AxeAudit(browser);
            assertTrue(fitsTheWidth(browser), "no sideways scrolling on the class view at 390 px");
            look(browser, wait, axe, "plan-review-class-phone");

            browser.findElement(By.cssSelector("[data-student='" + student + "'] a.lpk-cp-open")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-title")));
            assertTrue(fitsTheWidth(browser), "no sideways scrolling on the plan at 390 px");
            assertTrue(browser.findElement(By.cssSelector("#steps li[data-overdue='true']")).getText().contains("Ring til tre mestre"));
            look(browser, wait, axe, "plan-review-plan-phone");

            WebElement comment = browser.findElement(By.id("comment-strengths"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", comment);
            comment.sendKeys("Fint eksempel. Skriv, hvad kunden sagde bagefter.");
            browser.findElement(By.cssSelector("#comment-form-strengths button[type='submit']")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved-note")));
            assertTrue(browser.findElement(By.cssSelector("#section-strengths .lpk-cp-comment")).getText()
                    .contains("Fint eksempel. Skriv, hvad kunden sagde bagefter."));
            assertTrue(browser.findElement(By.cssSelector("#section-strengths .lpk-cp-comment footer")).getText()
                    .contains("lærer"), "signed with the role");
            look(browser, wait, axe, "plan-review-commented-phone");

            WebElement approve = browser.findElement(By.id("approve"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", approve);
            approve.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-note"), "Planen er godkendt."));
            assertEquals("APPROVED", browser.findElement(By.id("plan-state")).getAttribute("data-state"));
            assertTrue(browser.findElements(By.id("approve")).isEmpty(), "no second verdict on the same version");
            look(browser, wait, axe, "plan-review-approved-phone");
            assertTrue(axe.blocking().isEmpty(), String.join("\n", axe.blocking()));
        } finally {
            browser.quit();
        }
        DemoGradebook graded = awaitGradebook(course, g -> Double.valueOf(10.0).equals(g.grade(link, student)));
        assertEquals("FullyGraded", last(graded, link, student, "gradingProgress"));
    }

    @Test
    void exportAndEraseOfAStudentIncludeThePlanItsVersionsAndTheCommentsBesideIt() throws Exception {
        String course = "course-6905";
        String link = plans.place(course, PLAN);
        String student = "student-6905-1";
        Person person = plans.open(course, link, student);
        plans.write(person, "strengths", "Jeg er god til at svejse. Eksempel: gelænderet på skolen.");
        plans.send(person);
        Person classmate = plans.open(course, link, "student-6905-2");
        plans.write(classmate, "strengths", "Jeg er god til tal.");
        plans.send(classmate);
        Person teacher = plans.open(course, link, "teacher-6905");
        assertSaved(plans.review(teacher, person.placement(), "/students/" + student + "/comments",
                Map.of("version", "1", "section", "strengths", "text", "Flot – fortæl, hvad du lærte af det.")), "comment");
        assertSaved(plans.review(teacher, person.placement(), "/students/" + student + "/changes", null), "changes");
        plans.write(person, "strengths", "Jeg er god til at svejse. Eksempel: gelænderet på skolen. Jeg lærte at måle to gange.");
        plans.send(person);
        assertSaved(plans.review(teacher, person.placement(), "/students/student-6905-2/comments",
                Map.of("version", "1", "section", "strengths", "text", "Godt for klassekammeraten.")), "comment");

        String platform;
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             ResultSet rs = db.createStatement().executeQuery("select id from lti_platform where client_id = 'lpk-demo-client'")) {
            assertTrue(rs.next());
            platform = rs.getString(1);
        }
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI address = java.net.URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/" + student);
        HttpResponse<byte[]> export = http.send(java.net.http.HttpRequest.newBuilder(address)
                .header("Authorization", "Bearer it-admin-token").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String json;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(export.body()))) {
            java.util.zip.ZipEntry entry = zip.getNextEntry();
            assertEquals("student.json", entry.getName());
            json = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(json.contains("\"careerplan\""), json);
        assertTrue(json.contains("Jeg lærte at måle to gange."), "the plan as it stands: " + json);
        assertTrue(json.contains("CHANGES_ASKED"), "the versions with their verdicts: " + json);
        assertTrue(json.contains("Flot – fortæl, hvad du lærte af det."), "the comment beside the plan: " + json);
        assertTrue(json.contains("TEACHER"), "signed with the role: " + json);
        assertFalse(json.contains("Jeg er god til tal.") || json.contains("Godt for klassekammeraten."), "nothing of the classmate");

        HttpResponse<String> erased = http.send(java.net.http.HttpRequest.newBuilder(address)
                .header("Authorization", "Bearer it-admin-token").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("\"plans\":1") && erased.body().contains("\"plan_versions\":2")
                && erased.body().contains("\"plan_comments\":1"), erased.body());
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select (select count(*) from career_plan where student_subject = ?),"
                     + " (select count(*) from career_plan_version v join career_plan p on v.plan_id = p.id where p.student_subject = ?),"
                     + " (select count(*) from career_plan_comment c join career_plan p on c.plan_id = p.id where p.student_subject = ?)")) {
            for (String who : List.of(student, "student-6905-2")) {
                query.setString(1, who);
                query.setString(2, who);
                query.setString(3, who);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    List<Integer> counts = List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3));
                    assertEquals(who.equals(student) ? List.of(0, 0, 0) : List.of(1, 1, 1), counts, who);
                }
            }
        }
        assertTrue(plans.get(teacher, "/careerplan/review.xhtml?placement=" + person.placement() + "&student=" + student)
                .body().contains("id=\"not-found\""), "the erased plan is gone for the teacher too");
    }

    // ---- helpers

    /** A redirect's {@code Location}, asserted to be one. */
    private record Location(String value) {
        Location(HttpResponse<String> response) {
            this(location(response));
        }
    }

    private static String location(HttpResponse<String> response) {
        assertEquals(303, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static void assertSaved(HttpResponse<String> response, String what) {
        String location = location(response);
        assertTrue(location.contains("saved=" + what), location);
        assertTrue(location.contains("lc="), "back with the launch: " + location);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        String location = location(response);
        assertTrue(location.endsWith("refused=" + reason), location);
    }

    private String reviewPage(Person who, String placement, String student) throws Exception {
        HttpResponse<String> page = plans.get(who, "/careerplan/review.xhtml?placement=" + placement + "&student=" + student);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    private static String last(DemoGradebook gradebook, String link, String student, String field) {
        List<Map<String, Object>> received = gradebook.receivedFor(link, student);
        return received.isEmpty() ? "" : String.valueOf(received.get(received.size() - 1).get(field));
    }

    private DemoGradebook awaitGradebook(String course, Predicate<DemoGradebook> ready) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        while (!ready.test(gradebook) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            gradebook = DemoGradebook.of(client, tool, course);
        }
        assertTrue(ready.test(gradebook), "the gradebook did not get there: " + gradebook.json());
        return gradebook;
    }

    private static List<String> commentsOf(String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select c.comment_text from career_plan_comment c join career_plan p "
                     + "on c.plan_id = p.id where p.student_subject = ? and c.author_role = 'TEACHER' order by c.written_at")) {
            query.setString(1, student);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        }
    }

    private static String stateOf(String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select state from career_plan where student_subject = ?")) {
            query.setString(1, student);
            try (ResultSet rs = query.executeQuery()) {
                assertTrue(rs.next(), "a plan of " + student);
                return rs.getString(1);
            }
        }
    }

    private static int deliveriesOf(String placement, String student) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from score_delivery where placement_id = ? "
                     + "and student_subject = ?")) {
            query.setObject(1, java.util.UUID.fromString(placement));
            query.setString(2, student);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int countOf(String table, String course) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select count(*) from " + table + " where context_id = ?")) {
            query.setString(1, course);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String cell(String html, String attribute, String subject) {
        Matcher m = Pattern.compile(attribute + "=\"" + Pattern.quote(subject) + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), "no " + attribute + " of " + subject + " in " + html);
        return m.group(1).strip();
    }

    /** The text inside the element with this id, tags removed. */
    private static String text(String html, String id) {
        Matcher m = Pattern.compile("\\sid=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no element " + id + " in " + html);
        return m.group(1).strip();
    }

    private static boolean fitsTheWidth(ChromeDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** The tool's frame in the demo LMS page. */
    private static void frame(ChromeDriver browser, WebDriverWait wait) {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    /** A screenshot of the phone's view of the tool, axe over the tool in its frame, and back into the frame. */
    private static void look(ChromeDriver browser, WebDriverWait wait, AxeAudit axe, String name) throws Exception {
        shoot(browser, name);
        axe.check(name, true);
        frame(browser, wait);
    }

    /**
     * The tool's frame as the phone shows it, stretched for the picture to its page's height (read inside the frame:
     * the LMS's page may not look into the tool's), so the whole page is in it; called from inside the frame.
     */
    private static void shoot(ChromeDriver browser, String name) throws Exception {
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        browser.switchTo().defaultContent();
        WebElement frame = browser.findElement(By.id("tool-frame"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].dataset.lpkHeight = arguments[0].style.height;"
                + " arguments[0].style.height = Math.min(4000, arguments[1] + 4) + 'px'; arguments[0].scrollIntoView();",
                frame, height);
        Dimension phone = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(phone.getWidth(), (int) Math.min(4200, height + 200)));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", frame);
        Path png = frame.getScreenshotAs(OutputType.FILE).toPath();
        browser.manage().window().setSize(phone);
        ((JavascriptExecutor) browser).executeScript("arguments[0].style.height = arguments[0].dataset.lpkHeight;", frame);
        Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
