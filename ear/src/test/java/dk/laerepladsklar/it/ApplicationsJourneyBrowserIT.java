package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.one;
import static dk.laerepladsklar.it.support.ToolDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.Replaced;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The apprenticeship search's "done when" as one journey in headless Chromium through the demo LMS, on WildFly with
 * PostgreSQL: the school's LMS administrator names a teacher of another course the school's consultant on the admin
 * page; the contact teacher sets the class's term (GF2 ends in 8 weeks and 10 days: the deadline to register as
 * seeking is 10 days away); the consultant reads the school's figures; a student logs three applications on a
 * 390 × 844 window and moves one through "called for interview" to "agreement signed (short agreement)"; the teacher's
 * caseload shows the counts and the deadline; the consultant's school caseload and the figures change accordingly; the
 * mentor sees only the mentees; and when the short agreement's end nears (75 days pass in the database), the student
 * shows under "agreement ends within 60 days". axe (WCAG 2.1 A/AA) checks the caseload, the student's file, the
 * school's caseload and the figures. Screenshots go to target/screenshots (journey-applications-*.png).
 *
 * <p>The class has six students (the mentor's mentees are the first two), so its figures are shown (a group of 5 or
 * more) under a department of its own; other tests' classes may share the school and its total, which is therefore
 * not asserted. The consultant role is taken back after the test.
 */
class ApplicationsJourneyBrowserIT extends DemoLmsEndToEnd {

    private static final String SEARCH = "apprenticeship-search:search";
    private static final String COURSE = "course-8301";
    private static final String CONSULTANTS_COURSE = "course-8302";
    private static final String STUDENT = "student-8301-1";
    private static final String MENTEE = "student-8301-2";
    private static final String TEACHER = "teacher-8301";
    private static final String MENTOR = "mentor-8301";
    private static final String ADMIN = "admin-8301";
    private static final String CONSULTANT = "teacher-8302";
    private static final String DEPARTMENT = "Træ & byggeri 8301";
    /** The class as the school's pages name it: the course's title as the demo LMS sends it, and its id. */
    private static final String CLASS = "Hold 8301 (" + COURSE + ")";
    private static final int STUDENTS = 6;
    private static final ZoneId SCHOOL = ZoneId.of("Europe/Copenhagen");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriver browser;
    private JavascriptExecutor js;
    private WebDriverWait wait;

    @AfterEach
    void takeTheRoleBack() throws Exception {
        update("delete from school_role where subject = ?", CONSULTANT);
    }

    @Test
    void applicationsAgreementCaseloadsFiguresAndTheEndingAgreement() throws Exception {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(SCHOOL);
        LocalDate gf2End = today.plusWeeks(8).plusDays(10);
        LocalDate deadline = gf2End.minusWeeks(8);
        int schoolYear = gf2End.getMonth().compareTo(Month.AUGUST) >= 0 ? gf2End.getYear() : gf2End.getYear() - 1;

        // The class of six, the search placed in it and in the consultant's own course; every student opens it once.
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + COURSE + "/size", "students=" + STUDENTS, null).statusCode());
        String link = courses.place(COURSE, SEARCH);
        String consultantsLink = courses.place(CONSULTANTS_COURSE, SEARCH);
        for (int k = 1; k <= STUDENTS; k++) {
            courses.launchLink(COURSE, link, "student-8301-" + k);
        }
        assertEquals("Hold 8301", one("select course_title from apprenticeship_enrolment where student_subject = ? "
                + "and context_id = ?", STUDENT, COURSE), "the course's title as the LMS sent it");

        String lms = tool.lmsBase() + "?course=" + COURSE + "&lang=da";
        String consultantsLms = tool.lmsBase() + "?course=" + CONSULTANTS_COURSE + "&lang=da";
        browser = Chromium.start(false, "da-DK,da");
        js = browser;
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        AxeAudit axe = new AxeAudit(browser);
        try {
            browser.manage().window().setSize(new Dimension(1280, 900));

            // 1. The school's LMS administrator (the demo LMS lists none: its launch button is sent with one) names the
            //    teacher of another course the school's consultant, from the class page through the school's settings.
            launchAs(lms, "launch-teacher", ADMIN);
            follow("school-settings");
            follow("school-consultants");
            browser.findElement(By.id("typed:user-id")).sendKeys(CONSULTANT);
            browser.findElement(By.id("typed:name")).sendKeys("Karen Brink");
            submit(browser.findElement(By.id("typed:grant")), "holder-1");
            assertEquals(CONSULTANT, attribute("holder-1", "data-subject"));
            assertTrue(text("holder-1").contains("Karen Brink"), text("holder-1"));

            // 2. The contact teacher lands on the class's caseload and sets the term: GF2 ends in 8 weeks and 10 days.
            launch(lms, link, TEACHER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("term-missing")));
            browser.findElement(By.id("department")).sendKeys(DEPARTMENT);
            setValue("gf2End", gf2End.toString());
            submit(browser.findElement(By.id("term-save")), "term-deadline");
            assertEquals(deadline.toString(), attribute("term-deadline", "data-deadline"));
            assertEquals(STUDENTS, lines().size(), "the class's six students");
            assertEquals("SEEKING", line(STUDENT).getAttribute("data-state"));

            // 3. The consultant, from their own course's caseload, opens the school's caseload and its figures: before.
            launch(consultantsLms, consultantsLink, CONSULTANT);
            follow("school-link");
            follow("figures-link");
            showYear(schoolYear);
            WebElement before = figuresRow(COURSE);
            assertEquals("SHOWN", before.getAttribute("data-visibility"), "a class of six is shown");
            assertEquals(CLASS, before.findElement(By.cssSelector("th")).getText().replaceAll("\\s+", " "));
            assertEquals(String.valueOf(STUDENTS), cell(before, "students"));
            assertTrue(cell(before, "signed").startsWith("0 af 6 (0 %)"), cell(before, "signed"));
            assertEquals("0 af 6 (0 %)", cell(before, "registered"));
            assertEquals("0,0 (0 ansøgninger i alt)", cell(before, "applications"));
            assertEquals("SHOWN", figuresRow(DEPARTMENT).getAttribute("data-visibility"));

            // 4. The student, on a phone: three applications, one called for interview and then signed; the short
            //    agreement recorded from it (ending in four months: not yet near).
            browser.manage().window().setSize(new Dimension(390, 844));
            launch(lms, link, STUDENT);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form")));
            String[][] logs = {{"Tømrerfirma Holm", "Tømrer", "channel-EMAIL"}, {"Byg & Bolig ApS", null, "channel-VISIT"},
                    {"Snedker Dahl", null, "channel-LAEREPLADSEN_DK"}};
            for (String[] log : logs) {
                browser.findElement(By.id("company")).sendKeys(log[0]);
                if (log[1] != null) {
                    browser.findElement(By.id("trade")).sendKeys(log[1]);
                }
                tap(browser.findElement(By.cssSelector("label:has(#" + log[2] + ")")));
                tap(browser.findElement(By.id("log-save")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li[data-company='" + log[0] + "']")));
            }
            assertTrue(text("counts").startsWith("3 sendt"), text("counts"));
            assertTrue(fitsTheWidth(), "no sideways scrolling at 390 px");
            String company = "Byg & Bolig ApS";
            String item = "li[data-company='" + company + "']";
            tap(browser.findElement(By.cssSelector(item + " button[data-move='INTERVIEW_CALLED']")));
            wait.until(Attribute.is(item, "data-status", "INTERVIEW_CALLED"));
            WebElement called = browser.findElement(By.cssSelector(item));
            tap(called.findElement(By.cssSelector("details summary")));
            tap(called.findElement(By.cssSelector("button[data-move='AGREEMENT_SIGNED']")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-offer")));
            assertEquals(company, browser.findElement(By.id("agreement-company")).getAttribute("value"), "prefilled");
            js.executeScript("document.getElementById('agreement-type').value = 'SHORT';"
                    + "document.getElementById('starts').value = arguments[0];"
                    + "document.getElementById('ends').value = arguments[1];", today.toString(), today.plusDays(120).toString());
            tap(browser.findElement(By.id("agreement-save")));
            wait.until(Attribute.is("#placement-state", "data-state", "AGREEMENT_SIGNED"));
            assertTrue(text("placement-state").contains("Kort aftale hos " + company), text("placement-state"));
            assertTrue(browser.findElements(By.id("agreement-ending")).isEmpty(), "four months: not ending yet");
            assertTrue(fitsTheWidth(), "no sideways scrolling with the agreement");
            shot("journey-applications-student", "#placement-state");

            // 5. The teacher's caseload: the counts, the state and the deadline; the filters follow.
            browser.manage().window().setSize(new Dimension(1280, 900));
            launch(lms, link, TEACHER);
            WebElement mine = awaitLine(STUDENT);
            assertEquals("AGREEMENT_SIGNED", mine.getAttribute("data-state"));
            assertEquals("3", mine.getAttribute("data-sent"));
            assertEquals("1", mine.getAttribute("data-interviews"));
            assertEquals("1", mine.getAttribute("data-offers"), "a signed agreement got as far as an offer");
            assertEquals(deadline.toString(), mine.getAttribute("data-deadline"));
            assertEquals("10", mine.getAttribute("data-days-to-deadline"));
            assertEquals(today.plusDays(120).toString(), mine.getAttribute("data-agreement-ends"));
            assertTrue(mine.getText().contains("Kort aftale"), mine.getText());
            WebElement mentee = line(MENTEE);
            assertEquals("SEEKING", mentee.getAttribute("data-state"));
            assertEquals("0", mentee.getAttribute("data-sent"));
            assertTrue(mentee.getText().contains("om 10 dage"), "the deadline in words: " + mentee.getText());
            assertEquals(DEPARTMENT + " · " + CLASS, groupHeading(COURSE), "the class by its title, with its department");
            assertTrue(fitsTheWidth(), "the caseload fits the LMS's content column");
            shot("journey-applications-caseload", "tbody[data-course='" + COURSE + "']");
            axe.check("apprenticeship-caseload-da", true);
            frame();
            followFilter("deadline");
            assertEquals(List.of("student-8301-2", "student-8301-3", "student-8301-4", "student-8301-5", "student-8301-6"),
                    students(), "seeking and not registered, 10 days before the deadline; the signed student is not warned");
            followFilter("agreement-ending");
            assertEquals(List.of(), students(), "the agreement ends in four months");

            // The student's file, from the caseload.
            followFilter("all");
            WebElement file = line(STUDENT).findElement(By.cssSelector("a.lpk-ap-file"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", file);
            file.click();
            wait.until(Replaced.page(file));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-title")));
            assertEquals(STUDENT, attribute("file-title", "data-student"));
            String filed = text("main");
            assertTrue(filed.contains("Tømrerfirma Holm") && filed.contains(company) && filed.contains("Snedker Dahl"), filed);
            axe.check("apprenticeship-student-file-da", true);

            // 6. The consultant's school caseload and the figures after.
            launch(consultantsLms, consultantsLink, CONSULTANT);
            follow("school-link");
            WebElement inSchool = awaitLine(STUDENT);
            assertEquals("AGREEMENT_SIGNED", inSchool.getAttribute("data-state"));
            assertEquals("3", inSchool.getAttribute("data-sent"));
            assertEquals(COURSE, ((WebElement) js.executeScript("return arguments[0].closest('tbody');", inSchool))
                    .getAttribute("data-course"));
            assertEquals(DEPARTMENT + " · " + CLASS, groupHeading(COURSE), "the class by its title, with its department");
            shot("journey-applications-school", "tbody[data-course='" + COURSE + "']");
            axe.check("apprenticeship-school-caseload-da", true);
            frame();
            follow("figures-link");
            showYear(schoolYear);
            WebElement after = figuresRow(COURSE);
            assertEquals("SHOWN", after.getAttribute("data-visibility"));
            assertEquals(String.valueOf(STUDENTS), cell(after, "students"));
            assertTrue(cell(after, "signed").startsWith("1 af 6 (17 %)"), cell(after, "signed"));
            assertEquals("1 af 6 (17 %)", cell(after, "registered"), "a running agreement counts as registered in time");
            assertEquals("0,5 (3 ansøgninger i alt)", cell(after, "applications"));
            WebElement department = figuresRow(DEPARTMENT);
            assertTrue(cell(department, "signed").startsWith("1 af 6 (17 %)"), cell(department, "signed"));
            assertTrue(fitsTheWidth(), "the figures fit the LMS's content column");
            shot("journey-applications-figures", "#figures");
            axe.check("apprenticeship-figures-da", true);
            frame();

            // 7. The mentor: the two mentees, nobody else, and no file of another student.
            launch(lms, link, MENTOR);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mentor-note")));
            assertEquals(List.of(STUDENT, MENTEE), students(), "only the mentees");
            assertEquals("AGREEMENT_SIGNED", line(STUDENT).getAttribute("data-state"));
            assertTrue(browser.findElements(By.id("term-form")).isEmpty(), "nothing to change");
            shot("journey-applications-mentor", "#caseload");
            String notMine = (String) js.executeScript("return location.pathname + location.search;");
            js.executeScript("location.href = arguments[0];", notMine.replace("caseload.xhtml", "student.xhtml")
                    + "&student=student-8301-3");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));

            // 8. 75 days pass: the short agreement now ends in 45 days, and the student shows under the filter.
            update("update apprenticeship_agreement set starts_on = starts_on - 75, ends_on = ends_on - 75, "
                    + "probation_ends_on = probation_ends_on - 75 where student_subject = ?", STUDENT);
            launch(lms, link, TEACHER);
            awaitLine(STUDENT);
            followFilter("agreement-ending");
            assertEquals(List.of(STUDENT), students(), "agreement ends within 60 days");
            WebElement ending = line(STUDENT);
            assertEquals(today.plusDays(45).toString(), ending.getAttribute("data-agreement-ends"));
            assertTrue(ending.getText().contains("om 45 dage"), ending.getText());
            assertTrue(text("showing").startsWith("Viser 1 af 6"), text("showing"));
            shot("journey-applications-ending", "#caseload");
        } finally {
            browser.quit();
        }
        assertEquals(List.of(), axe.blocking(), axe.summary());
        System.out.println("Applications journey, axe: " + axe.summary());
        System.out.println("Applications journey took " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    // ---- the caseloads and the figures

    private List<WebElement> lines() {
        return browser.findElements(By.cssSelector("#caseload tr.lpk-ap-line"));
    }

    /** The students a caseload lists, in order. */
    @SuppressWarnings("unchecked")
    private List<String> students() {
        return (List<String>) js.executeScript("return Array.from(document.querySelectorAll('#caseload tr.lpk-ap-line'))"
                + ".map(function (tr) { return tr.dataset.student; });");
    }

    private WebElement line(String student) {
        return browser.findElement(By.cssSelector("#caseload tr.lpk-ap-line[data-student='" + student + "']"));
    }

    private WebElement awaitLine(String student) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#caseload tr.lpk-ap-line[data-student='" + student + "']")));
    }

    private String groupHeading(String course) {
        return browser.findElement(By.cssSelector("tbody[data-course='" + course + "'] tr.lpk-ap-group-head")).getText().strip();
    }

    /** Follows one of the caseload's filters; the page shows it chosen. */
    private void followFilter(String key) {
        WebElement filter = browser.findElement(By.cssSelector("a.lpk-ap-filter[data-filter='" + key + "']"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", filter);
        filter.click();
        wait.until(Replaced.page(filter));
        wait.until(Attribute.is("#showing", "data-filter", key));
    }

    /** Shows the figures of this school year (the page's default may be another year with other tests' classes). */
    private void showYear(int startYear) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("year")));
        js.executeScript("document.getElementById('year').value = arguments[0];", String.valueOf(startYear));
        submit(browser.findElement(By.id("year-show")), "figures");
    }

    private WebElement figuresRow(String key) {
        return browser.findElements(By.cssSelector("#figures tr[data-key]")).stream()
                .filter(tr -> key.equals(tr.getAttribute("data-key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + text("figures")));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td.lpk-fg-" + column)).getText().replaceAll("\\s+", " ").strip();
    }

    // ---- the demo LMS

    private void launch(String lms, String link, String person) {
        launchAs(lms, "launch-" + link + "-" + person, person);
    }

    /** Launches from the LMS's course page by one of its buttons, sent as this person. */
    private void launchAs(String lms, String button, String person) {
        browser.switchTo().defaultContent();
        browser.get(lms);
        WebElement launch = wait.until(ExpectedConditions.elementToBeClickable(By.id(button)));
        js.executeScript("arguments[0].value = arguments[1];", launch, person);
        launch.click();
        frame();
    }

    private void frame() {
        browser.switchTo().defaultContent();
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
    }

    /** Follows a link of the page in the frame; the next page has replaced it. */
    private void follow(String id) {
        WebElement link = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        wait.until(Replaced.page(link));
        wait.until(d -> Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete';")));
    }

    // ---- forms and texts

    private void tap(WebElement element) {
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** A date field's value as the browser's picker would set it. */
    private void setValue(String id, String value) {
        js.executeScript("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    /** Posts a form by its button; the page comes back with this element on it. */
    private void submit(WebElement button, String landsOn) {
        tap(button);
        wait.until(Replaced.page(button));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(landsOn)));
    }

    private String text(String idOrTag) {
        return String.valueOf(js.executeScript("var e = document.getElementById(arguments[0]) || document.querySelector(arguments[0]);"
                + " return e ? e.textContent.replace(/\\s+/g, ' ').trim() : '';", idOrTag));
    }

    private String attribute(String id, String name) {
        return browser.findElement(By.id(id)).getAttribute(name);
    }

    private boolean fitsTheWidth() {
        return (Boolean) js.executeScript("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** The tool's frame, scrolled to what the step is about, at the window's size; called from inside the frame. */
    private void shot(String name, String css) throws Exception {
        js.executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
        browser.switchTo().defaultContent();
        byte[] png = browser.findElement(By.id("tool-frame")).getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        frame();
    }
}
