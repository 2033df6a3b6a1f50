package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.ToolDatabase;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * The job café through the demo LMS on WildFly with PostgreSQL: a teacher places a café by Deep Linking, sets its day,
 * time and place, ticks who has an apprenticeship; students read when the next café is and whether they must come; the
 * teacher takes attendance over HTTP (one tap for present, again for absent, or a chosen status) and on a phone-size
 * window in headless Chromium. Bad input (wrong times, too long, a student not on the roster, an unknown status, a
 * forged date) is refused in plain words with nothing changed; another course's teacher, a student and a mentor get
 * nothing. Attendance and ticks are in the student's export and gone after the erasure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JobCafeIT {

    private static final String CAFE = "job-cafe:cafe";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final ZoneId SCHOOL = ZoneId.of("Europe/Copenhagen");

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
    void theTeacherSchedulesTicksAndTakesAttendanceAndStudentsKnowWhetherToCome() throws Exception {
        String course = "course-7101";
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + course + "/size", "students=4", null).statusCode());
        String link = courses.place(course, CAFE);
        // A café scores nothing, so its link asks the LMS for no gradebook column (none would ever be filled).
        DemoGradebook gradebook = DemoGradebook.of(client, tool, course);
        assertTrue(gradebook.lineItems().stream().noneMatch(li -> link.equals(li.get("resourceLinkId"))),
                "the café has a column: " + gradebook.json());
        Person teacher = courses.launchLink(course, link, "teacher-7101");
        assertTrue(teacher.launch().landingUrl().contains("/week/cafe.xhtml?placement="), teacher.launch().landingUrl());
        String placement = teacher.placement();
        String page = "/week/cafe.xhtml?placement=" + placement;
        assertTrue(teacher.launch().body().contains("id=\"cafe-unscheduled\""), teacher.launch().body());

        // Every week on tomorrow's weekday, for a month: tomorrow is the next café.
        LocalDate today = LocalDate.now(SCHOOL);
        LocalDate tomorrow = today.plusDays(1);
        String weekday = String.valueOf(tomorrow.getDayOfWeek().getValue());
        String schedule = "/api/week/cafes/" + placement + "/schedule";
        assertRefused(courses.form(teacher, schedule, form("weekday", weekday, "starts", "14:00", "ends", "13:00",
                "place", "Lokale 2.14", "from", today.toString(), "to", today.plusDays(30).toString())), "CAFE_ENDS_BEFORE_START");
        assertRefused(courses.form(teacher, schedule, form("weekday", "9", "starts", "14:00", "ends", "15:30",
                "place", "Lokale 2.14", "from", today.toString(), "to", today.plusDays(30).toString())), "CAFE_WEEKDAY_MISSING");
        assertRefused(courses.form(teacher, schedule, form("weekday", weekday, "starts", "14:00", "ends", "15:30",
                "place", "ø".repeat(201), "from", today.toString(), "to", today.plusDays(30).toString())), "CAFE_PLACE_TOO_LONG");
        assertRefused(courses.form(teacher, schedule, form("weekday", weekday, "starts", "14:00", "ends", "15:30",
                "place", "Lokale 2.14", "from", today.toString(), "to", today.minusDays(1).toString())), "CAFE_DATES_REVERSED");
        assertRefused(courses.form(teacher, schedule, form("weekday", weekday, "starts", "kl to", "ends", "15:30",
                "place", "Lokale 2.14", "from", today.toString(), "to", "2026-13-45")), "CAFE_TIME_MISSING");
        String refusedPage = courses.page(teacher, page + "&refused=CAFE_ENDS_BEFORE_START");
        assertTrue(refusedPage.contains("Slut skal være efter start."), "the refusal in plain Danish");
        assertTrue(courses.page(teacher, page).contains("id=\"cafe-unscheduled\""), "nothing was saved");

        assertSaved(courses.form(teacher, schedule, form("weekday", weekday, "starts", "14:00", "ends", "15:30",
                "place", "Lokale 2.14 <biblioteket>", "from", today.toString(), "to", today.plusDays(30).toString())), "schedule");
        String cafePage = courses.page(teacher, page);
        String weekdayName = tomorrow.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("da"));
        assertTrue(cafePage.contains("Hver " + weekdayName + " kl. 14.00–15.30 · Lokale 2.14 &lt;biblioteket&gt;"), cafePage);
        assertTrue(cafePage.contains("data-date=\"" + tomorrow + "\""), "tomorrow is among the next dates");
        assertEquals(4, count(cafePage, "data-must=\"true\""), "nobody has an apprenticeship yet: all must come");
        assertTrue(cafePage.contains("Elev 7101-1") && cafePage.contains("Elev 7101-4"), "the LMS's roster");

        // The teacher ticks that student 2 has an apprenticeship; a student not on the roster is refused.
        String ticks = "/api/week/cafes/" + placement + "/ticks";
        String listed = form("listed", "student-7101-1", "listed", "student-7101-2", "listed", "student-7101-3",
                "listed", "student-7101-4");
        assertRefused(courses.form(teacher, ticks, listed + "&" + form("listed", "student-9999-1", "has", "student-9999-1")),
                "CAFE_NOT_ON_ROSTER");
        assertRefused(courses.form(teacher, ticks, listed + "&" + form("has", "student-7102-1")), "CAFE_NOT_ON_ROSTER");
        assertSaved(courses.form(teacher, ticks, listed + "&" + form("has", "student-7101-2")), "ticks");
        cafePage = courses.page(teacher, page);
        assertEquals("false", attribute(cafePage, "student-7101-2", "data-must"));
        assertEquals("true", attribute(cafePage, "student-7101-1", "data-must"));
        assertEquals(3, count(cafePage, "data-must=\"true\""));

        // Students: when and where, and whether they must come, in plain words.
        Person sara = courses.launchLink(course, link, "student-7101-1");
        assertTrue(sara.launch().landingUrl().contains("/week/my-cafe.xhtml?placement=" + placement), sara.launch().landingUrl());
        String saraPage = sara.launch().body();
        assertTrue(saraPage.contains("data-date=\"" + tomorrow + "\""), saraPage);
        assertTrue(saraPage.contains("kl. 14.00–15.30") && saraPage.contains("Lokale 2.14 &lt;biblioteket&gt;"), saraPage);
        assertTrue(saraPage.contains("Du skal komme"), saraPage);
        String omarPage = courses.launchLink(course, link, "student-7101-2").launch().body();
        assertTrue(omarPage.contains("Du er velkommen") && omarPage.contains("data-must=\"false\""), omarPage);

        // The register of tomorrow's café: one tap present, another absent, a chosen status.
        String register = "/week/attendance.xhtml?placement=" + placement + "&occasion=" + tomorrow;
        String registerPage = courses.page(teacher, register);
        assertTrue(registerPage.contains("data-occasion=\"" + tomorrow + "\""), registerPage);
        assertEquals(4, count(registerPage, "class=\"lpk-wk-tap\""), "one button per student");
        assertEquals(3, count(registerPage, "lpk-wk-must-mark"), "the must-come students are marked");
        String tap = "/api/week/attendance/" + placement + "/" + tomorrow + "/students/";
        assertSaved(courses.form(teacher, tap + "student-7101-1", "status=toggle"), "present");
        assertEquals("present", attribute(courses.page(teacher, register), "student-7101-1", "data-status"));
        assertSaved(courses.form(teacher, tap + "student-7101-1", "status=toggle"), "absent");
        assertSaved(courses.form(teacher, tap + "student-7101-3", "status=excused"), "excused");
        assertSaved(courses.form(teacher, tap + "student-7101-4", "status=late"), "late");
        registerPage = courses.page(teacher, register);
        assertEquals("absent", attribute(registerPage, "student-7101-1", "data-status"));
        assertEquals("excused", attribute(registerPage, "student-7101-3", "data-status"));
        assertTrue(registerPage.contains("1 til stede · 1 fraværende · 1 mangler"), registerPage);
        assertEquals("1", ToolDatabase.one("select count(*) from week_attendance where student_subject = ? "
                + "and recorded_by = ? and cafe_date = ?", "student-7101-1", "teacher-7101", tomorrow));

        // Bad input: an unknown status, a student not on the roster, a forged date, a placement of another course.
        assertRefused(courses.form(teacher, tap + "student-7101-2", "status=maybe"), "ATTENDANCE_UNKNOWN_STATUS");
        assertRefused(courses.form(teacher, tap + "student-7101-2", "status=PRESENT"), "ATTENDANCE_UNKNOWN_STATUS");
        assertRefused(courses.form(teacher, tap + "student-7102-1", "status=toggle"), "ATTENDANCE_NOT_ON_ROSTER");
        assertEquals("late", attribute(courses.page(teacher, register), "student-7101-4", "data-status"),
                "nothing else changed");
        assertTrue(courses.page(teacher, register + "&refused=ATTENDANCE_UNKNOWN_STATUS")
                .contains("Det fremmøde findes ikke."), "the refusal in plain Danish");
        LocalDate notACafe = tomorrow.plusDays(1);
        assertEquals(404, courses.form(teacher, "/api/week/attendance/" + placement + "/" + notACafe
                + "/students/student-7101-2", "status=toggle").statusCode(), "a date the café is not held");
        assertEquals(404, courses.form(teacher, "/api/week/attendance/" + placement + "/2026-02-30/students/student-7101-2",
                "status=toggle").statusCode());
        assertTrue(courses.page(teacher, "/week/attendance.xhtml?placement=" + placement + "&occasion=" + notACafe)
                .contains("id=\"not-found\""));
        assertEquals("0", ToolDatabase.one("select count(*) from week_attendance where student_subject = ?",
                "student-7101-2"), "nothing recorded by the refused taps");

        assertEquals(200, client.post(tool.lmsBase() + "/courses/course-7102/size", "students=2", null).statusCode());
        Person otherTeacher = courses.launch("course-7102", "teacher-7102");
        assertEquals(404, courses.form(otherTeacher, tap + "student-7101-2", "status=toggle").statusCode());
        assertEquals(404, courses.form(otherTeacher, schedule, form("weekday", "1", "starts", "08:00", "ends", "09:00",
                "place", "X", "from", today.toString(), "to", today.toString())).statusCode());
        assertTrue(courses.page(otherTeacher, register).contains("id=\"not-found\""), "another course's café");
        assertTrue(courses.page(otherTeacher, page).contains("id=\"not-found\""));
        assertEquals(404, courses.form(sara, tap + "student-7101-1", "status=present").statusCode(), "a student");
        HttpResponse<String> studentRegister = courses.get(sara, register);
        assertEquals(403, studentRegister.statusCode(), "a student may not open the register");
        Person mentor = courses.launch(course, "mentor-7101");
        assertEquals(404, courses.form(mentor, tap + "student-7101-1", "status=present").statusCode(), "a mentor");
        assertEquals(403, courses.get(mentor, register).statusCode());
        assertEquals(403, courses.get(mentor, page).statusCode());
        assertEquals("absent", attribute(courses.page(teacher, register), "student-7101-1", "data-status"),
                "nothing changed by them");

        // The register on a phone: open it from the café page and tap a student.
        ChromeDriver browser = Chromium.start(false);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(tool.lmsBase() + "?course=" + course + "&lang=da");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("launch-" + link + "-teacher-7101"))).click();
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            WebElement registerLink = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#cafe-dates li[data-date='" + tomorrow + "'] a")));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", registerLink);
            registerLink.click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register")));
            assertTrue(fitsTheWidth(browser), "no sideways scrolling on the register at 390 px");
            By omarsButton = By.cssSelector("li[data-student='student-7101-2'] button.lpk-wk-tap");
            WebElement button = browser.findElement(omarsButton);
            assertTrue(button.getSize().getHeight() >= 48, "a big touch target: " + button.getSize());
            int width = browser.findElement(By.id("register")).getSize().getWidth();
            assertTrue(button.getSize().getWidth() >= width * 0.95, "as wide as the list (" + width + " px): "
                    + button.getSize());
            assertEquals("Ikke registreret", button.findElement(By.className("lpk-wk-state")).getText());
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            wait.until(Attribute.is("li[data-student='student-7101-2']", "data-status", "present"));
            assertTrue(browser.findElement(omarsButton).getText().contains("Til stede"));
            assertTrue(fitsTheWidth(browser), "still no sideways scrolling after the tap");
        } finally {
            browser.quit();
        }
        assertEquals("PRESENT", ToolDatabase.one("select status from week_attendance where student_subject = ?",
                "student-7101-2"));

        // Export and erasure: the student's attendance and the teacher's tick go with them.
        String platform = ToolDatabase.one("select id from lti_platform where client_id = 'lpk-demo-client'");
        HttpResponse<byte[]> export = admin("GET", platform, "student-7101-2");
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        assertTrue(json.contains("jobsearchweek-follow-up"), json);
        assertTrue(json.contains("PRESENT") && json.contains(tomorrow.toString()) && json.contains("has_apprenticeship"), json);
        assertFalse(json.contains("student-7101-1"), "nobody else's: " + json);
        assertEquals(200, admin("DELETE", platform, "student-7101-2").statusCode());
        assertEquals("0", ToolDatabase.one("select count(*) from week_attendance where student_subject = ?", "student-7101-2"));
        assertEquals("0", ToolDatabase.one("select count(*) from job_cafe_apprenticeship where student_subject = ?",
                "student-7101-2"));
        assertEquals("1", ToolDatabase.one("select count(*) from week_attendance where student_subject = ?", "student-7101-1"),
                "the others' records stay");
    }

    private HttpResponse<byte[]> admin(String method, String platform, String subject) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/"
                        + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + AdminApi.TOKEN).method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String studentJson(byte[] zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals("student.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no student.json in the export");
    }

    static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    static void assertSaved(HttpResponse<String> response, String what) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("saved=" + what), location);
    }

    static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("refused=" + reason), location);
    }

    /** The value of an attribute on the element of one student ({@code data-student="…"}). */
    static String attribute(String page, String student, String attribute) {
        Matcher m = Pattern.compile("<li[^>]*data-student=\"" + Pattern.quote(student) + "\"[^>]*>").matcher(page);
        assertTrue(m.find(), student + " on the page: " + page);
        Matcher a = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), attribute + " of " + student + ": " + m.group());
        return a.group(1);
    }

    static int count(String page, String text) {
        int n = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + text.length())) {
            n++;
        }
        return n;
    }

    private static boolean fitsTheWidth(ChromeDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }
}
