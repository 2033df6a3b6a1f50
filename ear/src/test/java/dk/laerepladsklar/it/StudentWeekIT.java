package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The student's side of a job-search week over real HTTP through the demo LMS: the "I dag" page before the week starts,
 * a task ticked and the week's score in the gradebook (the roll-up, shown as it grows), "Mit forløb" counting the week,
 * mentors and teachers reading a student's week, and every way in that must fail: another course's week, another
 * student, a non-mentee, a forged or foreign task, a bad form, no launch, a mentor ticking.
 */
class StudentWeekIT extends DemoLmsEndToEnd {

    private static final String COURSE = "course-7201";
    private static final String OTHER_COURSE = "course-7202";
    private static final String STUDENT = "student-7201-1"; // the mentor's mentee
    private static final String CLASSMATE = "student-7201-3"; // not a mentee
    private static final String OFFER = "job-search-week:template";
    private static final String TASK = "Opret dig som lærepladssøgende på lærepladsen.dk";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aStudentsWeekCountedShownAndGuarded() throws Exception {
        String link = courses.place(COURSE, OFFER);
        Person teacher = courses.launchLink(COURSE, link, "teacher-7201");
        assertTrue(teacher.launch().landingUrl().contains("/week/plan.xhtml?placement="), teacher.launch().landingUrl());
        String week = teacher.placement();
        LocalDate firstDay = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(7);
        startOn(UUID.fromString(week), firstDay);

        // Before the week: when it starts, nothing done, nothing on today's programme.
        Person student = courses.launchLink(COURSE, link, STUDENT);
        assertTrue(student.launch().landingUrl().contains("/week/today.xhtml?placement=" + week), student.launch().landingUrl());
        String page = courses.page(student, "/week/today.xhtml?placement=" + week);
        String starts = DateTimeFormatter.ofPattern("EEEE d. MMMM", Locale.forLanguageTag("da")).format(firstDay);
        assertTrue(page.contains("Ugen starter " + starts + "."), page);
        assertTrue(page.contains("0 af 11 lavet"), page);
        assertFalse(page.contains("id=\"today-sessions\""), "no programme today before the week");
        assertFalse(page.contains("id=\"reading-note\""), "the student's own week");
        String task = activityId(page, TASK);

        // A tick: the week's share done and score follow, and the gradebook shows the points as they grow.
        HttpResponse<String> ticked = courses.form(student, "/api/week/ticks/" + week + "/" + task, "done=true");
        assertEquals(303, ticked.statusCode());
        String back = ticked.headers().firstValue("Location").orElse("");
        assertTrue(back.contains("/week/today.xhtml?placement=" + week) && back.contains("ticked=true#activity-" + task), back);
        page = courses.page(student, "/week/today.xhtml?placement=" + week + "&ticked=true");
        assertTrue(page.contains("1 af 11 lavet") && page.contains("Godt! Opgaven er sat til lavet."), page);
        assertTrue(page.contains("Dine point indtil nu: 9,09 af 100"), page);
        DemoGradebook graded = courses.awaitGradebook(COURSE, g -> Double.valueOf(9.09).equals(g.grade(link, STUDENT)));
        assertEquals(9.09, graded.grade(link, STUDENT), "100 × 1 of 11 activities");
        assertEquals(0, count("select count(*) from week_part_progress where part_id = ?", UUID.fromString(week)),
                "the week's own report is not taken for a part's");
        assertTrue(count("select count(*) from placement where id = ? and growing_points_graded", UUID.fromString(week)) == 1,
                "a new week shows its points as they grow");

        // "Mit forløb" counts the week as its page does.
        Person home = courses.launch(COURSE, STUDENT);
        String mine = courses.page(home, "/student/home.xhtml");
        assertTrue(mine.contains("1 af 11 opgaver lavet"), mine);
        assertTrue(mine.contains("Næste: "), mine);

        // Unticked: back to nothing done.
        assertEquals(303, courses.form(student, "/api/week/ticks/" + week + "/" + task, "done=false").statusCode());
        assertTrue(courses.page(student, "/week/today.xhtml?placement=" + week).contains("0 af 11 lavet"));

        // Bad forms and forged ids change nothing and say why.
        assertRefused(student, "/api/week/ticks/" + week + "/" + task, "done=maybe", "TICK_BAD_FORM");
        assertRefused(student, "/api/week/ticks/" + week + "/not-a-task", "done=true", "TICK_BAD_FORM");
        assertRefused(student, "/api/week/ticks/" + week + "/" + UUID.randomUUID(), "done=true", "ACTIVITY_NOT_FOUND");
        String partNotTask = page.replaceAll("(?s).*?data-activity=\"([0-9a-f-]{36})\" data-task=\"false\".*", "$1");
        assertRefused(student, "/api/week/ticks/" + week + "/" + partNotTask, "done=true", "ACTIVITY_NOT_FOUND");
        assertRefused(student, "/api/week/ticks/" + week + "/" + task, "done=" + "x".repeat(10_000), "TICK_BAD_FORM");
        assertEquals(404, courses.form(student, "/api/week/ticks/" + UUID.randomUUID() + "/" + task, "done=true").statusCode());
        assertEquals(404, java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(tool.toolBase() + "/api/week/ticks/" + week + "/" + task)).header("Content-Type", FORM)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("done=true")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "no launch: nothing");

        // Another course's week: not found on the page, 404 for a tick, even with a task id of this week.
        String otherLink = courses.place(OTHER_COURSE, OFFER);
        String otherWeek = courses.launchLink(OTHER_COURSE, otherLink, "teacher-7202").placement();
        assertTrue(courses.page(student, "/week/today.xhtml?placement=" + otherWeek).contains("id=\"not-found\""));
        assertEquals(404, courses.form(student, "/api/week/ticks/" + otherWeek + "/" + task, "done=true").statusCode());
        Person otherStudent = courses.launchLink(OTHER_COURSE, otherLink, "student-7202-1");
        assertTrue(courses.page(otherStudent, "/week/today.xhtml?placement=" + week).contains("id=\"not-found\""));
        assertEquals(404, courses.form(otherStudent, "/api/week/ticks/" + week + "/" + task, "done=true").statusCode());

        // A student never reads a classmate's week; a forged or overlong student id finds nothing.
        assertTrue(courses.page(student, "/week/today.xhtml?placement=" + week + "&student=" + CLASSMATE).contains("id=\"not-found\""));
        assertTrue(courses.page(teacher, "/week/today.xhtml?placement=" + week + "&student=" + "s".repeat(300)).contains("id=\"not-found\""));
        assertTrue(courses.page(student, "/week/today.xhtml?placement=not-a-week").contains("id=\"not-found\""));

        // Ticked again, for the readers below.
        assertEquals(303, courses.form(student, "/api/week/ticks/" + week + "/" + task, "done=true").statusCode());

        // The mentor: from the week's link to the week's page, a choice of mentees, a mentee's week read-only, never a
        // classmate's; a tick is refused.
        // (the launch ends on the plan page's redirect, not on a page: the demo client does not follow it)
        dk.laerepladsklar.lti.demo.client.CookieJar mentorJar = new dk.laerepladsklar.lti.demo.client.CookieJar();
        dk.laerepladsklar.lti.demo.client.LaunchResult mentorLaunch = client.launchLink(mentorJar, COURSE, link,
                "mentor-7201", "da", true);
        assertTrue(mentorLaunch.landingUrl().contains("/week/plan.xhtml?placement=" + week), mentorLaunch.landingUrl());
        Person mentor = new Person(mentorJar, dk.laerepladsklar.it.support.LaunchContextParam.of(mentorLaunch.landingUrl()),
                mentorLaunch);
        HttpResponse<String> sentOn = courses.get(mentor, "/week/plan.xhtml?placement=" + week);
        assertEquals(302, sentOn.statusCode(), "the plan is the staff's: " + sentOn.body());
        String onTo = sentOn.headers().firstValue("Location").orElse("");
        assertTrue(onTo.contains("/week/today.xhtml?") && onTo.contains("placement=" + week) && onTo.contains("lc=" + mentor.lc()),
                onTo);
        String choose = client.get(onTo.startsWith("http") ? onTo : tool.toolBase().replaceAll("(https?://[^/]+).*", "$1") + onTo,
                mentor.jar()).body();
        assertTrue(choose.contains("id=\"choose-mentee\"") && choose.contains("student=" + STUDENT)
                && choose.contains("student=student-7201-2"), "a mentor goes on to the week's page and picks a mentee: " + choose);
        assertFalse(choose.contains("student=" + CLASSMATE), choose);
        String read = courses.page(mentor, "/week/today.xhtml?placement=" + week + "&student=" + STUDENT);
        assertTrue(read.contains("Du ser din elevs uge.") && read.contains("1 af 11 lavet"), read);
        assertFalse(read.contains("data-tick=") || read.contains("/api/week/ticks/"), "nothing to tick for a mentor");
        assertTrue(courses.page(mentor, "/week/today.xhtml?placement=" + week + "&student=" + CLASSMATE).contains("id=\"not-found\""));
        assertEquals(404, courses.form(mentor, "/api/week/ticks/" + week + "/" + task, "done=false").statusCode());

        // The teacher reads any student's week of the course, read-only.
        String teacherReads = courses.page(teacher, "/week/today.xhtml?placement=" + week + "&student=" + STUDENT);
        assertTrue(teacherReads.contains("Du ser elevens uge.") && teacherReads.contains("1 af 11 lavet"), teacherReads);
        assertFalse(teacherReads.contains("/api/week/ticks/"), teacherReads);

        // An observer has no week at all.
        Person observer = courses.launchLink(COURSE, link, "observer-7201");
        assertFalse(courses.page(observer, "/week/today.xhtml?placement=" + week).contains("id=\"week-progress\""));
    }

    private void assertRefused(Person who, String path, String body, String reason) throws Exception {
        HttpResponse<String> response = courses.form(who, path, body);
        assertEquals(303, response.statusCode(), path);
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("refused=" + reason), path + " → " + location);
    }

    /** The id of the week's activity with this title, as the "I dag" page lists it. */
    private static String activityId(String page, String title) {
        Matcher m = Pattern.compile("data-activity=\"([0-9a-f-]{36})\" data-task=\"true\"[^>]*>\\s*<p class=\"lpk-today-kind\">[^<]*"
                + "<span[^>]*>[^<]*</span></p>\\s*<p class=\"lpk-today-activity-title\">" + Pattern.quote(title) + "<").matcher(page);
        assertTrue(m.find(), "the page lists " + title + ": " + page);
        return m.group(1);
    }

    /** Moves the week (as the plan page's first-day field does) so that it starts on this day. */
    private static void startOn(UUID week, LocalDate day) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection()) {
            LocalDate was;
            try (PreparedStatement q = db.prepareStatement("select first_day from job_search_week where placement_id = ?")) {
                q.setObject(1, week);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), "the teacher's first open made the week");
                    was = rs.getObject(1, LocalDate.class);
                }
            }
            int shift = (int) ChronoUnit.DAYS.between(was, day);
            try (PreparedStatement u = db.prepareStatement("update job_search_week set first_day = ? where placement_id = ?")) {
                u.setObject(1, day);
                u.setObject(2, week);
                u.executeUpdate();
            }
            try (PreparedStatement u = db.prepareStatement("update job_search_week_activity set due_on = due_on + ? where week_id = ?")) {
                u.setInt(1, shift);
                u.setObject(2, week);
                u.executeUpdate();
            }
        }
    }

    private static long count(String sql, UUID id) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement q = db.prepareStatement(sql)) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
