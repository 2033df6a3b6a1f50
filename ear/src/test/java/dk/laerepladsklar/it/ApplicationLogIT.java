package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.Attribute;
import dk.laerepladsklar.it.support.AxeAudit;
import dk.laerepladsklar.it.support.Chromium;
import dk.laerepladsklar.it.support.DemoCourses;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolDatabase;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
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
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * The apprenticeship search through the demo LMS on WildFly with PostgreSQL: a teacher places the search (no gradebook
 * column); a student logs three applications over HTTP, moves one to "agreement signed" and records the short agreement
 * prefilled from it, and the job café's must-attend list follows (the kernel's ApprenticeshipStatus port says true);
 * another student logs three applications on a 390 × 844 window in headless Chromium (each log timed), records a short
 * agreement from the page and answers the probation check-in; a third records a short agreement that already ended and
 * is back to seeking with the change kept in the history. Bad input (a CVR number with a wrong check digit, 10 000
 * characters, a follow-up before the sent date, an end before the start, another student's application, another
 * course's and another school's launches, a mentor and an observer) is refused with a message and nothing lost. The
 * student's export holds applications, statuses, history, agreements, check-ins and enrolments, and the erasure
 * removes them all and only theirs. The search's reminders show under "Husk" on "Mit forløb" and on the week's "I dag".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationLogIT {

    private static final String SEARCH = "apprenticeship-search:search";
    private static final String CAFE = "job-cafe:cafe";
    private static final String COURSE = "course-8001";
    private static final String OTHER_COURSE = "course-8002";
    private static final ZoneId SCHOOL = ZoneId.of("Europe/Copenhagen");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform otherSchool;
    private ToolUnderTest tool;
    private DemoLaunchClient client;
    private DemoCourses courses;

    @BeforeAll
    static void registerAnotherSchool() {
        otherSchool = TestPlatform.start("apprenticeship-school").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopTheOtherSchool() throws Exception {
        otherSchool.close();
    }

    @BeforeEach
    void setUp() {
        tool = ToolUnderTest.at(url);
        client = tool.client();
        courses = new DemoCourses(client, tool);
    }

    @Test
    void studentsLogApplicationsAndAgreementsAndTheCafeFollowsTheirStatus() throws Exception {
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + COURSE + "/size", "students=4", null).statusCode());
        String link = courses.place(COURSE, SEARCH);
        DemoGradebook gradebook = DemoGradebook.of(client, tool, COURSE);
        assertTrue(gradebook.lineItems().stream().noneMatch(li -> link.equals(li.get("resourceLinkId"))),
                "the search has a column: " + gradebook.json());

        // The first student lands on the search page: seeking, nothing logged, the form ready with today's date.
        Person sara = courses.launchLink(COURSE, link, "student-8001-1");
        assertTrue(sara.launch().landingUrl().contains("/apprenticeship/search.xhtml?placement="), sara.launch().landingUrl());
        String placement = sara.placement();
        String page = "/apprenticeship/search.xhtml?placement=" + placement;
        String api = "/api/apprenticeship/search/" + placement;
        LocalDate today = LocalDate.now(SCHOOL);
        String first = sara.launch().body();
        assertTrue(first.contains("id=\"no-applications\""), first);
        assertEquals("SEEKING", dataOf(first, "placement-state", "data-state"));
        assertTrue(first.contains("value=\"" + today + "\""), "today is the sent date by default");
        assertTrue(first.contains("value=\"" + today.plusDays(7) + "\""), "a follow-up in a week by default");
        assertTrue(first.contains("href=\"https://www.laerepladsen.dk/\""), "the link to lærepladsen.dk");
        assertEquals("1", ToolDatabase.one("select count(*) from apprenticeship_enrolment where student_subject = ?",
                "student-8001-1"));

        // Three applications over HTTP, the first with a checked CVR number typed as on an invoice.
        assertSaved(courses.form(sara, api + "/applications", form("company", "Hansen Byg ApS", "cvr", "DK 24 25 67 90",
                "trade", "Tømrer", "channel", "EMAIL", "sent", today.minusDays(3).toString(), "followUp",
                today.toString(), "notes", "Ring til Per om en uge")), "application");
        assertSaved(courses.form(sara, api + "/applications", form("company", "Jensen & Søn <tømrer>", "trade", "Tømrer",
                "channel", "VISIT", "sent", today.toString(), "followUp", today.plusDays(7).toString())), "application");
        assertSaved(courses.form(sara, api + "/applications", form("company", "Olsen Tømrer", "trade", "Tømrer",
                "channel", "LAEREPLADSEN_DK", "sent", today.toString())), "application");
        String listed = courses.page(sara, page);
        assertEquals(3, count(listed, "class=\"lpk-ap-item "), listed);
        assertTrue(listed.contains("3 sendt · 0 samtaler"), listed);
        assertTrue(listed.contains("Jensen &amp; Søn &lt;tømrer&gt;"), "escaped");
        assertTrue(listed.contains("CVR 24256790"), "the CVR number tidied");
        assertTrue(listed.contains("value=\"Tømrer\""), "the next application's trade is the last one's");
        assertTrue(listed.contains("data-kind=\"FOLLOW_UP\""), "Hansen's follow-up is due today");
        assertTrue(listed.contains("Følg op på din ansøgning til Hansen Byg ApS"), listed);

        String hansen = applicationId(listed, "Hansen Byg ApS");
        String jensen = applicationId(listed, "Jensen &amp; Søn &lt;tømrer&gt;");
        String olsen = applicationId(listed, "Olsen Tømrer");

        // One tap: Hansen called Sara for an interview; then the agreement is signed and the form offers to record it.
        assertSaved(courses.form(sara, api + "/applications/" + hansen + "/status", "status=INTERVIEW_CALLED"), "status");
        assertTrue(courses.page(sara, page).contains("3 sendt · 1 samtale"), "one interview counted");
        HttpResponse<String> signed = courses.form(sara, api + "/applications/" + hansen + "/status",
                "status=AGREEMENT_SIGNED");
        assertEquals(303, signed.statusCode());
        String offerAddress = signed.headers().firstValue("Location").orElseThrow();
        assertTrue(offerAddress.contains("agreementFor=" + hansen) && offerAddress.endsWith("#agreement"), offerAddress);
        String offer = courses.page(sara, page + "&agreementFor=" + hansen);
        assertTrue(offer.contains("id=\"agreement-offer\"") && offer.contains("data-open=\"true\""), offer);
        assertTrue(offer.contains("id=\"agreement-company\" name=\"company\" type=\"text\" maxlength=\"200\" value=\"Hansen Byg ApS\""),
                "prefilled from the application: " + offer);
        assertTrue(offer.contains("value=\"24256790\""), "and its CVR number");

        // The short agreement: bad dates refused first, nothing saved.
        LocalDate start = today;
        LocalDate end = today.plusDays(45);
        String agreement = api + "/agreement";
        assertRefused(courses.form(sara, agreement, form("type", "SHORT", "company", "Hansen Byg ApS", "cvr", "24256790",
                "starts", start.toString(), "ends", start.minusDays(1).toString(), "application", hansen)), "END_BEFORE_START");
        assertRefused(courses.form(sara, agreement, form("type", "SHORT", "company", "Hansen Byg ApS", "cvr", "12345678",
                "starts", start.toString(), "ends", end.toString(), "application", hansen)), "CVR_INVALID");
        assertRefused(courses.form(sara, agreement, form("type", "SHORT", "company", "Hansen Byg ApS",
                "starts", start.toString(), "application", hansen)), "END_MISSING");
        assertRefused(courses.form(sara, agreement, form("type", "SHORT", "company", "Hansen Byg ApS",
                "starts", "2026-02-30", "ends", end.toString(), "application", hansen)), "START_INVALID");
        assertRefused(courses.form(sara, agreement, form("type", "SOMETHING", "company", "Hansen Byg ApS",
                "starts", start.toString(), "ends", end.toString())), "AGREEMENT_TYPE_MISSING");
        assertEquals("0", ToolDatabase.one("select count(*) from apprenticeship_agreement where student_subject = ?",
                "student-8001-1"));
        assertTrue(courses.page(sara, page + "&refused=END_BEFORE_START").contains("Aftalen skal slutte efter, den starter."),
                "the refusal in plain Danish");
        assertSaved(courses.form(sara, agreement, form("type", "SHORT", "company", "Hansen Byg ApS", "cvr", "24256790",
                "starts", start.toString(), "ends", end.toString(), "probation", "", "application", hansen)), "agreement");
        String withAgreement = courses.page(sara, page);
        assertEquals("AGREEMENT_SIGNED", dataOf(withAgreement, "placement-state", "data-state"));
        assertTrue(withAgreement.contains("Du har en aftale: Kort aftale hos Hansen Byg ApS."), withAgreement);
        assertTrue(withAgreement.contains("id=\"agreement-ending\""), "a short agreement ending within 60 days");
        assertTrue(withAgreement.contains("data-kind=\"AGREEMENT_ENDING\"") && withAgreement.contains("data-kind=\"CHECK_IN\""),
                withAgreement);
        assertFalse(withAgreement.contains("id=\"agreement-offer\""), "recorded: not offered again");
        assertEquals(end.toString(), ToolDatabase.one("select probation_ends_on from apprenticeship_agreement "
                + "where student_subject = ?", "student-8001-1"), "three months, but not past the agreement's end");
        assertEquals(List.of("SEEKING", "AGREEMENT_SIGNED"), ToolDatabase.rows("select to_state from "
                + "apprenticeship_status_change where student_subject = ? order by sequence_no", "student-8001-1"),
                "the history is complete");
        assertEquals(List.of("SENT", "INTERVIEW_CALLED", "AGREEMENT_SIGNED"), ToolDatabase.rows("select to_status from "
                + "apprenticeship_application_step where application_id = cast(? as uuid) order by changed_at", hansen));

        // The job café in the same course follows the placement status: Sara need not come, the others must.
        String cafeLink = courses.place(COURSE, CAFE);
        Person teacher = courses.launchLink(COURSE, cafeLink, "teacher-8001");
        String cafePage = teacher.launch().body();
        assertEquals("false", JobCafeIT.attribute(cafePage, "student-8001-1", "data-must"), "the agreement counts");
        assertEquals("true", JobCafeIT.attribute(cafePage, "student-8001-3", "data-must"));

        // Bad input on the application form: refused in plain words, nothing lost.
        String applications = api + "/applications";
        assertRefused(courses.form(sara, applications, form("company", "Firma", "cvr", "12345678", "channel", "EMAIL",
                "sent", today.toString())), "CVR_INVALID");
        assertRefused(courses.form(sara, applications, form("company", "x".repeat(10_000), "channel", "EMAIL",
                "sent", today.toString())), "COMPANY_TOO_LONG");
        assertRefused(courses.form(sara, applications, form("company", "Firma", "channel", "EMAIL",
                "sent", today.toString(), "notes", "n".repeat(10_000))), "NOTES_TOO_LONG");
        assertRefused(courses.form(sara, applications, form("company", "Firma", "channel", "EMAIL",
                "sent", today.toString(), "followUp", today.minusDays(1).toString())), "FOLLOW_UP_BEFORE_SENT");
        assertRefused(courses.form(sara, applications, form("company", "Firma", "channel", "EMAIL",
                "sent", today.plusDays(2).toString())), "SENT_IN_FUTURE");
        assertRefused(courses.form(sara, applications, form("company", "Firma", "channel", "FAX",
                "sent", today.toString())), "CHANNEL_MISSING");
        assertRefused(courses.form(sara, applications, form("company", "  ", "channel", "EMAIL",
                "sent", today.toString())), "COMPANY_MISSING");
        assertRefused(courses.form(sara, applications, "company=" + "a".repeat(70_000)), "FORM_TOO_LARGE");
        assertRefused(courses.form(sara, api + "/applications/" + jensen + "/status", "status=BRIBED"), "STATUS_UNKNOWN");
        assertRefused(courses.form(sara, api + "/applications/" + hansen + "/status", "status=REJECTED"),
                "STATUS_MOVE_NOT_ALLOWED");
        assertTrue(courses.page(sara, page + "&refused=CVR_INVALID").contains("Det CVR-nummer findes ikke"));
        assertTrue(courses.page(sara, page + "&refused=FOLLOW_UP_BEFORE_SENT")
                .contains("Du kan ikke følge op, før du har sendt ansøgningen."));
        assertTrue(courses.page(sara, page + "&refused=%3Cscript%3E").contains("id=\"search-title\""), "an unknown reason shows nothing");
        assertEquals("3", ToolDatabase.one("select count(*) from apprenticeship_application where student_subject = ?",
                "student-8001-1"), "nothing more saved");

        // Another student of the class logs one; Sara cannot move it, nor see it; the ids of others find nothing.
        Person omar = courses.launchLink(COURSE, link, "student-8001-2");
        assertSaved(courses.form(omar, applications, form("company", "Omars Firma", "channel", "PHONE",
                "sent", today.toString())), "application");
        String omars = applicationId(courses.page(omar, page), "Omars Firma");
        assertRefused(courses.form(sara, api + "/applications/" + omars + "/status", "status=REJECTED"),
                "APPLICATION_NOT_FOUND");
        assertRefused(courses.form(sara, api + "/applications/" + omars + "/followed-up", ""), "APPLICATION_NOT_FOUND");
        assertRefused(courses.form(sara, agreement, form("type", "ORDINARY", "company", "X", "starts", today.toString(),
                "application", omars)), "APPLICATION_NOT_FOUND");
        assertRefused(courses.form(sara, api + "/applications/not-an-id/status", "status=REJECTED"), "APPLICATION_NOT_FOUND");
        assertFalse(courses.page(sara, page).contains("Omars Firma"), "a student sees only their own");
        assertEquals("SENT", ToolDatabase.one("select status from apprenticeship_application where id = cast(? as uuid)", omars));

        // Another course's teacher and student, a mentor and an observer of this course, another school: nothing.
        assertEquals(200, client.post(tool.lmsBase() + "/courses/" + OTHER_COURSE + "/size", "students=2", null).statusCode());
        Person otherStudent = courses.launch(OTHER_COURSE, "student-8002-1");
        Person otherTeacher = courses.launch(OTHER_COURSE, "teacher-8002");
        Person mentor = courses.launch(COURSE, "mentor-8001");
        Person observer = courses.launch(COURSE, "observer-8001");
        String move = api + "/applications/" + jensen + "/status";
        for (Person outsider : List.of(otherStudent, otherTeacher, mentor, observer)) {
            assertEquals(404, courses.form(outsider, move, "status=REJECTED").statusCode(), outsider.launch().landingUrl());
            assertEquals(404, courses.form(outsider, applications, form("company", "Indtrænger", "channel", "EMAIL",
                    "sent", today.toString())).statusCode());
            assertEquals(404, courses.form(outsider, "/api/apprenticeship/term/" + placement,
                    form("gf2End", today.plusWeeks(10).toString())).statusCode());
        }
        assertTrue(courses.page(otherStudent, page).contains("id=\"not-found\""), "another course's search");
        assertEquals(403, courses.get(mentor, page).statusCode(), "a mentor has no search page");
        assertTrue(courses.page(observer, page).contains("id=\"other-role\""));
        LtiBrowser foreign = LtiBrowser.at(url);
        LtiBrowser.Login login = foreign.login(otherSchool, "student-8001-1");
        LaunchResult foreignLaunch = foreign.launch(login, otherSchool.learner(COURSE).with("sub", "student-8001-1")
                .forLogin(login).signedBy(otherSchool.key()));
        assertTrue(foreignLaunch.landed(), foreignLaunch.body());
        assertTrue(foreign.get(LaunchContextParam.with(page, foreignLaunch.landingUrl()), login.cookies()).body()
                .contains("id=\"not-found\""), "the namesake at another school finds no search");
        HttpResponse<String> foreignPost = new TusUploads(tool.toolBase()).send(HttpRequest.newBuilder(URI.create(
                        tool.toolBase() + LaunchContextParam.with(move, foreignLaunch.landingUrl())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("status=REJECTED")), login.cookies());
        assertEquals(404, foreignPost.statusCode(), "another school's student with the same ids");
        assertEquals("SENT", ToolDatabase.one("select status from apprenticeship_application where id = cast(? as uuid)", jensen),
                "nothing changed by them");
        assertEquals("4", ToolDatabase.one("select count(*) from apprenticeship_application where student_subject like ?",
                "student-8001-%"));

        // The course's teacher sets GF2's end: a student not registered within 14 days of the deadline is reminded.
        Person searchTeacher = courses.launchLink(COURSE, link, "teacher-8001");
        LocalDate gf2End = today.plusWeeks(8).plusDays(10);
        assertRefused(courses.form(searchTeacher, "/api/apprenticeship/term/" + placement, form("gf2End", "31-12-2026")),
                "GF2_END_INVALID");
        assertSaved(courses.form(searchTeacher, "/api/apprenticeship/term/" + placement, form("department", "Bygge og anlæg",
                "gf2End", gf2End.toString())), "term");
        assertEquals(404, courses.form(sara, "/api/apprenticeship/term/" + placement, form("gf2End", gf2End.toString()))
                .statusCode(), "a student sets no term");
        String omarsPage = courses.page(omar, page);
        assertTrue(omarsPage.contains("data-kind=\"REGISTER_SEEKING\""), omarsPage);
        assertTrue(omarsPage.contains("Skriv dig op som lærepladssøgende på lærepladsen.dk senest d."), omarsPage);
        String home = courses.page(omar, "/student/home.xhtml");
        assertTrue(home.contains("Skriv dig op som lærepladssøgende på lærepladsen.dk senest d."), "Husk on Mit forløb: " + home);
        assertTrue(home.contains("/apprenticeship/search.xhtml?placement=" + placement), "linked to the search: " + home);
        assertFalse(courses.page(sara, "/student/home.xhtml").contains("Skriv dig op som lærepladssøgende"),
                "not for a student with an agreement");
        String weekLink = courses.place(COURSE, "job-search-week:template");
        Person omarsWeek = courses.launchLink(COURSE, weekLink, "student-8001-2");
        assertTrue(omarsWeek.launch().landingUrl().contains("/week/today.xhtml"), omarsWeek.launch().landingUrl());
        String weekPage = omarsWeek.launch().body();
        assertTrue(weekPage.contains("id=\"reminders\"") && weekPage.contains("Skriv dig op som lærepladssøgende"),
                "Husk on the week's I dag: " + weekPage);
        assertTrue(weekPage.contains("/apprenticeship/search.xhtml?placement=" + placement + "&amp;lc="),
                "linked to the search with the launch's context: " + weekPage);
        assertRefused(courses.form(omar, api + "/status", form("state", "REGISTERED_SEEKING", "registered",
                today.plusDays(1).toString())), "REGISTERED_IN_FUTURE");
        assertRefused(courses.form(omar, api + "/status", form("state", "AGREEMENT_SIGNED")), "STATUS_NEEDS_AGREEMENT");
        assertSaved(courses.form(omar, api + "/status", form("state", "REGISTERED_SEEKING", "registered",
                today.minusDays(2).toString())), "placement");
        omarsPage = courses.page(omar, page);
        assertEquals("REGISTERED_SEEKING", dataOf(omarsPage, "placement-state", "data-state"));
        assertFalse(omarsPage.contains("data-kind=\"REGISTER_SEEKING\""), "registered: no more reminder");

        // A short agreement recorded after it ended: back to seeking at once, the history says why.
        Person lina = courses.launchLink(COURSE, link, "student-8001-3");
        assertSaved(courses.form(lina, agreement, form("type", "SHORT", "company", "Lund VVS", "starts",
                today.minusMonths(3).toString(), "ends", today.minusDays(1).toString())), "agreement");
        String linasPage = courses.page(lina, page);
        assertEquals("SEEKING", dataOf(linasPage, "placement-state", "data-state"));
        assertTrue(linasPage.contains("data-cause=\"AGREEMENT_ENDED\"") && linasPage.contains("data-on=\"" + today + "\""),
                "seeking from the day after the end: " + linasPage);
        assertEquals(List.of("SEEKING", "AGREEMENT_SIGNED", "SEEKING"), ToolDatabase.rows("select to_state from "
                + "apprenticeship_status_change where student_subject = ? order by sequence_no", "student-8001-3"));
        assertEquals("true", JobCafeIT.attribute(courses.page(teacher, "/week/cafe.xhtml?placement=" + teacher.placement()),
                "student-8001-3", "data-must"), "an ended agreement is no apprenticeship");

        // On a phone: the fourth student logs three applications in the browser, each timed, signs and checks in.
        List<Long> millis = new ArrayList<>();
        ChromeDriver browser = Chromium.start(false);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(tool.lmsBase() + "?course=" + COURSE + "&lang=da");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("launch-" + link + "-student-8001-4"))).click();
            wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("tool-frame")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form")));
            assertTrue(fitsTheWidth(browser), "no sideways scrolling at 390 px");
            String[][] logs = {{"Tømrer Mikkelsen", "Tømrer", "channel-EMAIL"}, {"Byg & Co", null, "channel-VISIT"},
                    {"Snedker Holm", null, "channel-PHONE"}};
            for (String[] log : logs) {
                long started = System.nanoTime();
                WebElement company = browser.findElement(By.id("company"));
                company.sendKeys(log[0]);
                if (log[1] != null) {
                    browser.findElement(By.id("trade")).sendKeys(log[1]);
                }
                tap(browser, browser.findElement(By.cssSelector("label:has(#" + log[2] + ")")));
                tap(browser, browser.findElement(By.id("log-save")));
                wait.until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("li[data-company='" + log[0] + "']")));
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            System.out.println("Apprenticeship search: logging an application on a 390 px page took " + millis
                    + " ms (typing, one tap for the channel, one for save, until the list shows it)");
            assertEquals("Tømrer", browser.findElement(By.id("trade")).getAttribute("value"), "the trade carried over");
            assertTrue(browser.findElement(By.id("counts")).getText().startsWith("3 sendt"),
                    browser.findElement(By.id("counts")).getText());
            assertTrue(fitsTheWidth(browser), "still no sideways scrolling with three applications");
            WebElement moveButton = browser.findElement(By.cssSelector("li[data-company='Byg & Co'] button[data-move='INTERVIEW_CALLED']"));
            assertTrue(moveButton.getSize().getHeight() >= 44, "a touch target: " + moveButton.getSize());

            // One tap to "called for interview", then "agreement signed" from the other options: the form opens prefilled.
            tap(browser, moveButton);
            wait.until(Attribute.is("li[data-company='Byg & Co']", "data-status", "INTERVIEW_CALLED"));
            WebElement item = browser.findElement(By.cssSelector("li[data-company='Byg & Co']"));
            tap(browser, item.findElement(By.cssSelector("details summary")));
            tap(browser, item.findElement(By.cssSelector("button[data-move='AGREEMENT_SIGNED']")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("agreement-offer")));
            assertEquals("Byg & Co", browser.findElement(By.id("agreement-company")).getAttribute("value"));
            AxeAudit axe = new AxeAudit(browser);
            axe.check("apprenticeship-search-agreement-offered-da-phone", true);
            browser.switchTo().frame(browser.findElement(By.id("tool-frame")));
            ((JavascriptExecutor) browser).executeScript("document.getElementById('agreement-type').value = 'SHORT';"
                    + "document.getElementById('starts').value = arguments[0];"
                    + "document.getElementById('ends').value = arguments[1];", today.toString(), today.plusDays(50).toString());
            tap(browser, browser.findElement(By.id("agreement-save")));
            wait.until(Attribute.is("#placement-state", "data-state", "AGREEMENT_SIGNED"));
            assertTrue(browser.findElement(By.id("agreement-ending")).getText().startsWith("Din aftale slutter d. "),
                    browser.findElement(By.id("agreement-ending")).getText());
            assertTrue(browser.findElement(By.id("agreement-ending")).getText().endsWith("– find en ny aftale i god tid"));

            // The probation check-in: three taps and an optional note to the mentor; once this week.
            for (String question : List.of("wellbeing", "learning", "support")) {
                tap(browser, browser.findElement(By.cssSelector("label:has(#" + question + "-GOOD)")));
            }
            browser.findElement(By.id("note")).sendKeys("Det går fint, men jeg mangler sikkerhedssko.");
            tap(browser, browser.findElement(By.id("check-in-save")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-done")));
            assertTrue(browser.findElements(By.id("check-in-form")).isEmpty(), "asked once a week");
            assertTrue(fitsTheWidth(browser), "no sideways scrolling with the agreement and the check-in");
            axe.check("apprenticeship-search-signed-da-phone", true);
            assertEquals(List.of(), axe.blocking(), axe.summary());
            System.out.println("Apprenticeship search, axe: " + axe.summary());
        } finally {
            browser.quit();
        }
        assertTrue(millis.stream().allMatch(m -> m < 10_000), "a log takes seconds: " + millis);
        Person theo = courses.launchLink(COURSE, link, "student-8001-4");
        assertRefused(courses.form(theo, api + "/check-in", form("wellbeing", "OK", "learning", "OK", "support", "OK")),
                "CHECK_IN_ALREADY_THIS_WEEK");
        assertRefused(courses.form(omar, api + "/check-in", form("wellbeing", "OK", "learning", "OK", "support", "OK")),
                "CHECK_IN_CLOSED");
        assertEquals("Det går fint, men jeg mangler sikkerhedssko.", ToolDatabase.one("select note_to_mentor from "
                + "apprenticeship_check_in where student_subject = ?", "student-8001-4"));
        assertEquals("false", JobCafeIT.attribute(courses.page(teacher, "/week/cafe.xhtml?placement=" + teacher.placement()),
                "student-8001-4", "data-must"));

        // The nightly round that puts students back to seeking also ran at start-up, on this very database.
        String log = ServerLog.text();
        String thisStart = log.substring(Math.max(0, log.lastIndexOf("Schema at version")));
        assertTrue(thisStart.contains("Apprenticeship search: ended agreements round: 0 student(s) back to seeking"),
                "the round ran at start-up");
        assertFalse(thisStart.contains("ended agreements round stopped"), "its query works on PostgreSQL");

        // Export and erasure: all of Theo's search, and nobody else's.
        String platform = ToolDatabase.one("select id from lti_platform where client_id = 'lpk-demo-client'");
        HttpResponse<byte[]> export = admin("GET", platform, "student-8001-4");
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        for (String expected : List.of("\"apprenticeship\"", "Mikkelsen", "Snedker Holm", "INTERVIEW_CALLED", "SHORT",
                "AGREEMENT_SIGNED", "status_history", "sikkerhedssko", "check_ins", "enrolments", COURSE)) {
            assertTrue(json.contains(expected), expected + " in " + json);
        }
        assertFalse(json.contains("Hansen Byg") || json.contains("Omars Firma"), "nobody else's: " + json);
        assertEquals(200, admin("DELETE", platform, "student-8001-4").statusCode());
        for (String table : List.of("apprenticeship_application", "apprenticeship_application_step",
                "apprenticeship_placement_status", "apprenticeship_status_change", "apprenticeship_agreement",
                "apprenticeship_check_in", "apprenticeship_enrolment")) {
            assertEquals("0", ToolDatabase.one("select count(*) from " + table + " where student_subject = ?",
                    "student-8001-4"), table);
        }
        assertEquals("3", ToolDatabase.one("select count(*) from apprenticeship_application where student_subject = ?",
                "student-8001-1"), "the others' stay");
        assertEquals("1", ToolDatabase.one("select count(*) from apprenticeship_agreement where student_subject = ?",
                "student-8001-1"));
    }

    private static void tap(ChromeDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static boolean fitsTheWidth(ChromeDriver browser) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
    }

    /** The id of the listed application of this company (as the page writes it). */
    private static String applicationId(String page, String company) {
        Matcher m = Pattern.compile("data-application=\"([0-9a-f-]{36})\" data-status=\"[A-Z_]+\" data-company=\""
                + Pattern.quote(company) + "\"").matcher(page);
        assertTrue(m.find(), company + " listed: " + page);
        return m.group(1);
    }

    /** An attribute of the element with this id. */
    private static String dataOf(String page, String id, String attribute) {
        Matcher m = Pattern.compile("<[a-z]+[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
        assertTrue(m.find(), id + " on the page: " + page);
        Matcher a = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), attribute + " of " + id + ": " + m.group());
        return a.group(1);
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

    private static String form(String... pairs) {
        return JobCafeIT.form(pairs);
    }

    private static void assertSaved(HttpResponse<String> response, String what) {
        JobCafeIT.assertSaved(response, what);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        JobCafeIT.assertRefused(response, reason);
    }

    private static int count(String page, String text) {
        return JobCafeIT.count(page, text);
    }
}
