package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.JobCafeIT.assertRefused;
import static dk.laerepladsklar.it.JobCafeIT.assertSaved;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolDatabase;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A placed job-search week followed by its teacher, through the demo LMS on WildFly with PostgreSQL: the week from the
 * shipped template; attendance per session over HTTP and on a phone-size window in headless Chromium; the progress
 * page (done, due, overdue, attendance, who needs a follow-up), for a mentor their mentees only and read-only; the
 * run-sheet PDF in Danish and English, read back with PDFBox. Bad input (a session of another week, a café date, an
 * unknown status, a language other than da or en) and people who may not (another course's teacher, a student, a
 * mentor) are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeekAttendanceIT {

    private static final String WEEK = "job-search-week:template";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private DemoCourses courses;

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        courses = new DemoCourses(client, tool);
    }

    @Test
    void theTeacherTakesAttendanceFollowsProgressAndPrintsTheRunSheet() throws Exception {
        String course = "course-7110";
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + course + "/size", "students=3", null).statusCode());
        String link = courses.place(course, WEEK);
        Person teacher = courses.launchLink(course, link, "teacher-7110");
        assertTrue(teacher.launch().landingUrl().contains("/week/plan.xhtml?placement="), teacher.launch().landingUrl());
        String placement = teacher.placement();
        UUID week = UUID.fromString(placement);

        // The progress page lists the class and the week's sessions and activities; nothing is overdue yet.
        String progress = "/week/progress.xhtml?placement=" + placement;
        String page = courses.page(teacher, progress);
        List<String> sessions = all(page, "data-session=\"([0-9a-f-]{36})\"");
        List<String> fromDb = ToolDatabase.rows("select cast(id as text) from job_search_week_session where week_id = ? "
                + "order by day_number, starts_minute", week);
        assertEquals(fromDb, sessions, "every session, in time order");
        assertTrue(sessions.size() >= 5, "the template's programme: " + sessions.size());
        assertEquals(Set.of("student-7110-1", "student-7110-2", "student-7110-3"),
                new LinkedHashSet<>(all(page, "<tr[^>]*data-student=\"([^\"]+)\"")));
        assertFalse(page.contains("data-standing=\"OVERDUE\""), "the week starts next Monday");
        assertTrue(page.contains("data-standing=\"DUE\""), page);
        assertTrue(page.contains("id=\"runsheet\""), "staff get the run-sheet");

        // The first session's register: one tap for present, two for absent.
        String first = sessions.get(0);
        String register = "/week/attendance.xhtml?placement=" + placement + "&occasion=" + first;
        String registerPage = courses.page(teacher, register);
        assertEquals(3, JobCafeIT.count(registerPage, "class=\"lpk-wk-tap\""));
        assertFalse(registerPage.contains("lpk-wk-must-mark"), "no must-come marks outside the café");
        String tap = "/api/week/attendance/" + placement + "/" + first + "/students/";
        assertSaved(courses.form(teacher, tap + "student-7110-1", "status=toggle"), "present");
        assertSaved(courses.form(teacher, tap + "student-7110-2", "status=toggle"), "present");
        assertSaved(courses.form(teacher, tap + "student-7110-2", "status=toggle"), "absent");
        assertSaved(courses.form(teacher, tap + "student-7110-3", "status=excused"), "excused");
        registerPage = courses.page(teacher, register);
        assertEquals("absent", JobCafeIT.attribute(registerPage, "student-7110-2", "data-status"));
        assertTrue(registerPage.contains("id=\"next-occasion\""), "on to the next session");

        // Bad input: an unknown status, a session of another course's week, a café date, a made-up session.
        assertRefused(courses.form(teacher, tap + "student-7110-1", "status=gone"), "ATTENDANCE_UNKNOWN_STATUS");
        assertRefused(courses.form(teacher, tap + "student-7110-1", ""), "ATTENDANCE_UNKNOWN_STATUS");
        assertEquals(200, client.post(tool.lmsBase() + "/courses/course-7111/size", "students=1", null).statusCode());
        String otherLink = courses.place("course-7111", WEEK);
        Person otherTeacher = courses.launchLink("course-7111", otherLink, "teacher-7111");
        String otherSession = ToolDatabase.rows("select cast(id as text) from job_search_week_session where week_id = ?",
                UUID.fromString(otherTeacher.placement())).get(0);
        assertEquals(404, courses.form(teacher, "/api/week/attendance/" + placement + "/" + otherSession
                + "/students/student-7110-1", "status=toggle").statusCode(), "a session of another week");
        assertTrue(courses.page(teacher, "/week/attendance.xhtml?placement=" + placement + "&occasion=" + otherSession)
                .contains("id=\"not-found\""));
        assertEquals(404, courses.form(teacher, "/api/week/attendance/" + placement + "/2026-12-10/students/student-7110-1",
                "status=toggle").statusCode(), "a week has no café dates");
        assertEquals(404, courses.form(teacher, "/api/week/attendance/" + placement + "/" + UUID.randomUUID()
                + "/students/student-7110-1", "status=toggle").statusCode());
        assertEquals(404, courses.form(otherTeacher, tap + "student-7110-1", "status=toggle").statusCode(),
                "another course's teacher");
        assertTrue(courses.page(otherTeacher, progress).contains("id=\"not-found\""));
        assertEquals("present", ToolDatabase.one("select lower(status) from week_attendance where student_subject = ?",
                "student-7110-1"), "the refused taps changed nothing");

        // Progress: the absent student needs a follow-up; the excused one does not. Then the due dates pass.
        page = courses.page(teacher, progress);
        assertEquals("true", row(page, "student-7110-2", "data-follow-up"));
        assertEquals("false", row(page, "student-7110-3", "data-follow-up"));
        assertTrue(page.contains("data-attendance=\"absent\"") && page.contains("data-attendance=\"excused\""), page);
        String task = ToolDatabase.rows("select cast(id as text) from job_search_week_activity where week_id = ? "
                + "and kind = 'TASK' order by position", week).get(0);
        ToolDatabase.update("update job_search_week_activity set due_on = current_date - 1 where week_id = ?", week);
        ToolDatabase.update("insert into job_search_week_task_tick (id, task_id, week_id, platform_id, student_subject, "
                        + "ticked_at) select ?, cast(? as uuid), placement_id, platform_id, 'student-7110-3', now() "
                        + "from job_search_week where placement_id = ?", UUID.randomUUID(), task, week);
        page = courses.page(teacher, progress);
        assertEquals("true", row(page, "student-7110-3", "data-follow-up"), "overdue activities: " + page);
        assertTrue(page.contains("Følg op: noget er over tid, fraværende"), page);
        assertTrue(page.contains("data-standing=\"OVERDUE\"") && page.contains("data-standing=\"DONE\""), page);
        assertEquals(1, JobCafeIT.count(page, "data-standing=\"DONE\""), "only student 3's ticked task is done");

        // A mentor sees their mentees' progress read-only; no register, no run-sheet; a student sees none of it.
        Person mentor = courses.launch(course, "mentor-7110");
        String mentorPage = courses.page(mentor, progress);
        assertEquals(Set.of("student-7110-1", "student-7110-2"), new LinkedHashSet<>(all(mentorPage,
                "<tr[^>]*data-student=\"([^\"]+)\"")));
        assertTrue(mentorPage.contains("id=\"mentor-note\""), mentorPage);
        assertFalse(mentorPage.contains("id=\"runsheet\"") || mentorPage.contains("lpk-wk-register-link"), mentorPage);
        assertEquals(403, courses.get(mentor, register).statusCode());
        assertEquals(404, courses.form(mentor, tap + "student-7110-1", "status=absent").statusCode());
        assertEquals(404, courses.get(mentor, "/api/week/runsheet/" + placement).statusCode());
        Person student = courses.launchLink(course, link, "student-7110-1");
        assertEquals(403, courses.get(student, progress).statusCode());
        assertEquals(404, courses.get(student, "/api/week/runsheet/" + placement).statusCode());
        assertEquals(404, courses.form(student, tap + "student-7110-1", "status=present").statusCode());

        // The run-sheet: programme by day with times, rooms and who runs it, the due dates and the class.
        HttpResponse<byte[]> pdf = courses.bytes(teacher, "/api/week/runsheet/" + placement + "?lang=da");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("content-type").orElse(""));
        assertTrue(pdf.headers().firstValue("content-disposition").orElse("").startsWith("attachment"));
        String text = pdfText(pdf.body());
        String flat = text.replace(" ", "");
        assertTrue(text.contains("Drejebog:"), text);
        assertTrue(text.contains("Elev 7110-1") && text.contains("Elev 7110-3") && text.contains("Holdet (3 elever)"), text);
        List<String> titles = ToolDatabase.rows("select title from job_search_week_session where week_id = ?", week);
        List<String> places = ToolDatabase.rows("select place from job_search_week_session where week_id = ? "
                + "and place is not null", week);
        List<String> hosts = ToolDatabase.rows("select host from job_search_week_session where week_id = ? "
                + "and host is not null", week);
        for (String expected : concat(titles, places, hosts)) {
            assertTrue(flat.contains(expected.replace(" ", "")), "«" + expected + "» in the run-sheet: " + text);
        }
        String firstStart = ToolDatabase.one("select lpad(cast(starts_minute / 60 as text), 2, '0') || '.' || "
                + "lpad(cast(starts_minute % 60 as text), 2, '0') from job_search_week_session where id = cast(? as uuid)", first);
        assertTrue(text.contains(firstStart + "–"), firstStart + " in " + text);
        assertTrue(text.contains("Aktiviteter og frister") && text.contains("Opgave"), text);
        String english = pdfText(courses.bytes(teacher, "/api/week/runsheet/" + placement + "?lang=en").body());
        assertTrue(english.contains("Run-sheet:") && english.contains("Who runs it") && english.contains("The class (3 students)"),
                english);
        HttpResponse<String> french = courses.get(teacher, "/api/week/runsheet/" + placement + "?lang=fr");
        assertEquals(400, french.statusCode());
        assertTrue(french.body().contains("RUNSHEET_LANGUAGE_UNKNOWN") && french.body().contains("dansk"), french.body());
        assertEquals(404, courses.get(otherTeacher, "/api/week/runsheet/" + placement).statusCode());
        assertEquals(404, courses.get(teacher, "/api/week/runsheet/" + UUID.randomUUID()).statusCode());

        // The second session's register on a phone, reached from the progress page.
        ChromeDriver browser = Chromium.start(false);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(tool.lmsBase() + "?course=" + course + "&lang=da");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("launch-" + link + "-teacher-7110"))).click();
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            // inside the tool's frame (its cookies are the frame's): from the plan to the progress page
            String current = (String) ((JavascriptExecutor) browser).executeScript("return location.href;");
            String lc = current.replaceAll(".*[?&]lc=([^&#]+).*", "$1");
            ((JavascriptExecutor) browser).executeScript("location.href = arguments[0];",
                    tool.toolBase() + progress + "&lc=" + lc);
            WebElement registerLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("th[data-session='" + sessions.get(1) + "'] a.lpk-wk-register-link")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                    registerLink);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
            assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"),
                    "no sideways scrolling at 390 px");
            By button = By.cssSelector("li[data-student='student-7110-3'] button.lpk-wk-tap");
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                    browser.findElement(button));
            assertTrue(browser.findElement(button).getSize().getHeight() >= 48);
            browser.findElement(button).click();
            wait.until(Attribute.is("li[data-student='student-7110-3']", "data-status", "present"));
        } finally {
            browser.quit();
        }
        assertEquals("PRESENT", ToolDatabase.one("select status from week_attendance where student_subject = ? "
                + "and session_id = cast(? as uuid)", "student-7110-3", sessions.get(1)));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static List<String> all(String page, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** An attribute of a student's row in the progress table. */
    private static String row(String page, String student, String attribute) {
        Matcher m = Pattern.compile("<tr[^>]*data-student=\"" + Pattern.quote(student) + "\"[^>]*>").matcher(page);
        assertTrue(m.find(), student + " in " + page);
        Matcher a = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), m.group());
        return a.group(1);
    }
}
