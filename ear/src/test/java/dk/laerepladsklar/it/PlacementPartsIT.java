package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.DemoPlacements;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.ToolDatabase;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Parts of a placement (a job-search week holds modules, role-plays and the career plan as parts), over HTTP through
 * the demo LMS, on WildFly with PostgreSQL. A module placed with Deep Linking is the whole; a second module is placed
 * inside it as the kernel places a part (same course, no link of its own).
 * <ul>
 *   <li>The part opens by its id on the student's and the teacher's pages of its type, for the course's people only.</li>
 *   <li>Its progress sends nothing to the LMS until the part has a column of its own; then the column is made in the
 *   whole's gradebook, tied to the whole's link and named after the part, and the score arrives there; the
 *   gradebook's "open the student's work" for that column opens the part.</li>
 *   <li>A part's pages lead back to the whole's page (the student's or the teacher's), in the same launch.</li>
 *   <li>The cleanup of provisional placements never takes a part, however old; a whole that goes takes its parts.</li>
 * </ul>
 */
class PlacementPartsIT extends DemoLmsEndToEnd {

    private static final String NETWORKING = "teaching-module:networking";
    private static final String PART_TITLE = "Jobsamtalen i jobsøgningsugen";

    @Test
    void aPartOpensByItsIdAndSendsScoresOnlyToAColumnOfItsOwn() throws Exception {
        String course = "course-6001";
        String link = courses.place(course, NETWORKING);
        DemoCourses.Person first = courses.launchLink(course, link, "student-6001-1");
        assertTrue(first.launch().landingUrl().contains("/modules/play.xhtml?placement="), first.launch().landingUrl());
        UUID whole = UUID.fromString(first.placement());
        UUID part = DemoPlacements.placeWithin(whole, "teaching-module", "job-interview", PART_TITLE, 100);

        // The student opens the part by its id, in the launch of the whole's link, and works it through.
        String partPage = "/modules/play.xhtml?placement=" + part;
        String opened = courses.call(first, "GET", partPage, null, null).body();
        assertTrue(opened.contains("id=\"step-title\"") && !opened.contains("Vi kan ikke finde modulet"), opened);
        assertTrue(opened.contains("Det første opkald"), "the part's own module: " + opened);
        String wholeTitle = ToolDatabase.one("select title from placement where id = ?", whole);
        assertEquals("Tilbage til " + wholeTitle + "|/modules/play.xhtml?placement=" + whole + "&lc=" + first.lc(),
                backLink(opened), "the way back to the whole's page, in the same launch");
        assertEquals(null, backLink(first.launch().body()), "the whole's own page has no way back");
        int firstScore = complete(first, partPage);

        assertEquals("COMPLETED", ToolDatabase.one("select state from activity_progress where placement_id = ? and student_subject = ?",
                part, "student-6001-1"), "the class overview's record of the part");
        assertEquals(List.of(), ToolDatabase.rows("select status from score_delivery where placement_id = ?", part),
                "without a column of its own a part keeps nothing for the LMS");
        DemoGradebook before = DemoGradebook.of(client, tool, course);
        assertEquals(1, before.lineItems().size(), "only the whole's column: " + before.json());
        assertTrue(firstScore >= 0);

        // The teacher gives the part its own column: the next student's score makes it, in the whole's gradebook.
        DemoPlacements.giveOwnColumn(part, true);
        DemoCourses.Person second = courses.launchLink(course, link, "student-6001-2");
        int secondScore = complete(second, partPage);
        DemoGradebook after = awaitGradebook(course, g -> columnNamed(g, PART_TITLE) != null
                && gradeOf(columnNamed(g, PART_TITLE), "student-6001-2") != null);
        Map<String, Object> column = columnNamed(after, PART_TITLE);
        assertEquals(2, after.lineItems().size(), after.json().toString());
        assertEquals(link, column.get("resourceLinkId"), "the part's column belongs to the whole's link");
        assertEquals("teaching-module:job-interview", column.get("resourceId"));
        assertEquals(100.0, ((Number) column.get("scoreMaximum")).doubleValue());
        assertEquals((double) secondScore, gradeOf(column, "student-6001-2"));
        assertEquals(null, gradeOf(column, "student-6001-1"), "what was done before the column is not sent after the fact");
        assertEquals(null, after.grade(link, "student-6001-2"), "the whole's own column has nothing from the part");
        assertEquals(column.get("id"), ToolDatabase.one("select line_item_url from placement where id = ?", part));
        assertEquals(List.of("SENT"), ToolDatabase.rows("select status from score_delivery where placement_id = ? "
                + "and student_subject = 'student-6001-2' order by seq desc limit 1", part));

        // "Open the student's work" in that column opens the part, with the student picked out.
        LaunchResult review = client.reviewLaunch(new CookieJar(), course, "teacher-6001", "student-6001-2",
                ((Number) column.get("number")).intValue(), "da");
        assertTrue(review.landed(), review.status() + " " + review.body());
        assertTrue(review.landingUrl().contains("/modules/overview.xhtml?placement=" + part), review.landingUrl());
        assertTrue(review.body().contains("data-student=\"student-6001-2\""), review.body());

        // The teacher follows the part on the module's overview, from the whole's launch.
        DemoCourses.Person teacher = courses.launchLink(course, link, "teacher-6001");
        String overview = courses.call(teacher, "GET", "/modules/overview.xhtml?placement=" + part, null, null).body();
        assertTrue(overview.contains("id=\"overview-title\"") && overview.contains("data-state-of=\"student-6001-2\""), overview);
        assertEquals("Tilbage til " + wholeTitle + "|/modules/overview.xhtml?placement=" + whole + "&lc=" + teacher.lc(),
                backLink(overview), "staff go back to the whole's teacher page");
        DemoCourses.Person english = courses.launchLink(course, link, "student-6001-3", "en");
        assertEquals("Back to " + wholeTitle + "|/modules/play.xhtml?placement=" + whole + "&lc=" + english.lc(),
                backLink(courses.call(english, "GET", partPage, null, null).body()));
    }

    @Test
    void aPartIsOnlyForItsOwnCourse() throws Exception {
        String course = "course-6002";
        String link = courses.place(course, NETWORKING);
        UUID whole = UUID.fromString(courses.launchLink(course, link, "student-6002-1").placement());
        UUID part = DemoPlacements.placeWithin(whole, "teaching-module", "job-interview", PART_TITLE, 100);

        DemoCourses.Person otherStudent = courses.launch("course-6003", "student-6003-1");
        String play = courses.call(otherStudent, "GET", "/modules/play.xhtml?placement=" + part, null, null).body();
        assertTrue(play.contains("Vi kan ikke finde modulet") && !play.contains("id=\"step-title\""), play);
        assertEquals(null, backLink(play), "no way into another course's whole, not even its title");
        DemoCourses.Person otherTeacher = courses.launch("course-6003", "teacher-6003");
        String overview = courses.call(otherTeacher, "GET", "/modules/overview.xhtml?placement=" + part, null, null).body();
        assertTrue(overview.contains("id=\"not-found\"") && !overview.contains("id=\"overview-title\""), overview);
        assertEquals(null, backLink(overview));
        assertEquals(List.of(), ToolDatabase.rows("select state from activity_progress where placement_id = ?", part),
                "nothing was recorded for someone of another course");

        // Nor does a part show beside its whole: the class page and "Mit forløb" list the whole only.
        DemoCourses.Person student = courses.launch(course, "student-6002-1");
        assertTrue(student.launch().body().contains("activity-title-1") && !student.launch().body().contains("activity-title-2"),
                student.launch().body());
        assertFalse(student.launch().body().contains(PART_TITLE), student.launch().body());
    }

    @Test
    void theCleanupNeverTakesAPartAndAWholeThatGoesTakesItsParts() throws Exception {
        String course = "course-6004";
        String link = courses.place(course, NETWORKING);
        UUID whole = UUID.fromString(courses.launchLink(course, link, "student-6004-1").placement());
        Instant longAgo = Instant.now().minus(Duration.ofDays(400));
        UUID oldPart = DemoPlacements.placeWithin(whole, "teaching-module", "job-interview", PART_TITLE, 100, longAgo);

        // A week picked in Deep Linking and never launched, planned with a part: both unused for 31 days.
        UUID neverLaunched = UUID.fromString(ToolDatabase.one("insert into placement (id, platform_id, context_id, activity_type, "
                + "activity_key, title, score_maximum, created_at) select ?, platform_id, context_id, activity_type, activity_key, "
                + "'Aldrig åbnet', 100, ? from placement where id = ? returning id", UUID.randomUUID(),
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(31))), whole));
        UUID itsPart = DemoPlacements.placeWithin(neverLaunched, "teaching-module", "networking", "Netværk i ugen", 100,
                Instant.now().minus(Duration.ofDays(31)));

        // The cleanup runs every minute; a busy machine may fire it late.
        long deadline = System.currentTimeMillis() + 150_000;
        while (exists(neverLaunched) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }
        assertFalse(exists(neverLaunched), "a whole never launched in 31 days is deleted");
        assertFalse(exists(itsPart), "and its part with it");
        assertTrue(exists(oldPart), "a part is never provisional: 400 days old and still there");
        assertTrue(exists(whole));

        // A part someone worked on goes with its whole, and so does the work (the modules' rows follow the placement).
        DemoCourses.Person student = courses.launchLink(course, link, "student-6004-1");
        String opened = courses.call(student, "GET", "/modules/play.xhtml?placement=" + oldPart, null, null).body();
        assertTrue(opened.contains("id=\"step-title\""), opened);
        assertEquals("1", ToolDatabase.one("select count(*) from module_progress where placement_id = ?", oldPart));
        ToolDatabase.update("delete from placement where id = ?", whole);
        assertFalse(exists(oldPart));
        assertEquals("0", ToolDatabase.one("select count(*) from module_progress where placement_id = ?", oldPart));
    }

    // ---- steps

    /** Works through the module at this address in the person's launch; the final score. */
    private int complete(DemoCourses.Person who, String path) throws Exception {
        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(who.jar(), LaunchContextParam.with(path, who.launch().landingUrl()), q -> "b");
        return Integer.parseInt(finished.replaceAll("(?s).*Dine point: (\\d+) af 100.*", "$1"));
    }

    /** "text|href" of the page's link back to the whole, or null when it has none. */
    private static String backLink(String html) {
        Matcher m = Pattern.compile("<a id=\"back-to-whole\" href=\"([^\"]*)\">([^<]*)</a>").matcher(html);
        return m.find() ? m.group(2).strip() + "|" + m.group(1).replace("&amp;", "&") : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> columnNamed(DemoGradebook gradebook, String label) {
        return gradebook.lineItems().stream().filter(li -> label.equals(li.get("label"))).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Double gradeOf(Map<String, Object> column, String user) {
        Map<String, Object> grades = (Map<String, Object>) column.get("grades");
        Object grade = grades == null ? null : grades.get(user);
        Object value = grade instanceof Map<?, ?> g ? g.get("value") : null;
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private DemoGradebook awaitGradebook(String course, Predicate<DemoGradebook> done) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        while (!done.test(gradebook) && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            gradebook = DemoGradebook.of(client, tool, course);
        }
        assertTrue(done.test(gradebook), gradebook.json().toString());
        assertNotNull(gradebook);
        return gradebook;
    }

    private static boolean exists(UUID placement) throws Exception {
        return !ToolDatabase.rows("select id from placement where id = ?", placement).isEmpty();
    }
}
