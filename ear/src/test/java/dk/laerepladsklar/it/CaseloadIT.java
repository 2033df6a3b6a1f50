package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.one;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static dk.laerepladsklar.it.support.ToolDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The caseloads over real launches and HTTP on WildFly with PostgreSQL and the demo LMS. Three students of course 8101
 * work through their own search's form posts (the first logs three applications, is called to one interview and signs
 * a short agreement that ends within 60 days; the second logged one application three weeks ago; the third is
 * registered as seeking); the teacher sets the course's term so the deadline is ten days away and sees the counts, the
 * deadline and the filters, downloads the CSV, and keeps notes, contacts with the company and next steps in a student's
 * file. The mentor sees only the two mentees, read-only; a consultant of the school (granted in the database, as
 * {@code SchoolRoles} would) sees the whole school and writes in a file; another school's consultant sees nothing of
 * ours. Bad input is refused with a sentence and nothing is kept; the staff's notes go with the student's data.
 */
class CaseloadIT extends DemoLmsEndToEnd {

    private static final String SEARCH = "apprenticeship-search:search";
    private static final String COURSE = "course-8101";
    private static final String OTHER_COURSE = "course-8102";
    /** The course as the caseloads name it: its title as the demo LMS sends it, and its id. */
    private static final String CLASS = "Hold 8101 (" + COURSE + ")";
    private static final String ANNA = "student-8101-1"; // the mentor's mentee: three applications, a short agreement
    private static final String BO = "student-8101-2";   // the mentor's mentee: one application three weeks ago
    private static final String CARL = "student-8101-3"; // registered as seeking, applied today
    private static final String CONSULTANT = "teacher-8102";
    private static final String API = "/api/apprenticeship/";
    private static final ZoneId SCHOOL = ZoneId.of("Europe/Copenhagen");

    @AfterEach
    void noConsultantsOfOursLeft() throws Exception {
        update("delete from school_role where subject = ?", CONSULTANT);
    }

    @Test
    void theCaseloadOfACourseForItsTeacherItsMentorAndTheSchoolsConsultant() throws Exception {
        LocalDate today = LocalDate.now(SCHOOL);
        String link = courses.place(COURSE, SEARCH);

        // The teacher lands on the caseload (the search's teacher page) and sets the term: the deadline in ten days.
        Person teacher = courses.launchLink(COURSE, link, "teacher-8101");
        assertTrue(teacher.launch().landingUrl().contains("/apprenticeship/caseload.xhtml?placement="),
                teacher.launch().landingUrl());
        String placement = teacher.placement();
        String caseload = "/apprenticeship/caseload.xhtml?placement=" + placement;
        assertTrue(teacher.launch().body().contains("id=\"term-missing\""), "no term yet");
        LocalDate gf2End = today.plusWeeks(8).plusDays(10);
        assertSaved(courses.form(teacher, API + "caseload/" + placement + "/term",
                "department=" + enc("Bygge & anlæg") + "&gf2End=" + gf2End), "saved=term");

        // The students work through their own search.
        Person anna = courses.launchLink(COURSE, link, ANNA);
        assertTrue(anna.launch().landingUrl().contains("/apprenticeship/search.xhtml?placement="), anna.launch().landingUrl());
        String first = logApplication(anna, placement, "Tømrerfirma Hansen", today);
        logApplication(anna, placement, "Snedker Jensen", today.minusDays(3));
        logApplication(anna, placement, "Byg & Bo", today.minusDays(20));
        assertSaved(courses.form(anna, API + "search/" + placement + "/applications/" + first + "/status", "status=INTERVIEW_CALLED"),
                "saved=status");
        LocalDate agreementEnds = today.plusDays(40);
        assertSaved(courses.form(anna, API + "search/" + placement + "/agreement", "type=SHORT&company="
                + enc("=HYPERLINK(\"http://x\")") + "&starts=" + today.minusDays(10) + "&ends=" + agreementEnds), "saved=agreement");
        Person bo = courses.launchLink(COURSE, link, BO);
        logApplication(bo, placement, "Murer Madsen", today.minusDays(21));
        Person carl = courses.launchLink(COURSE, link, CARL);
        logApplication(carl, placement, "Tag & Co", today);
        assertSaved(courses.form(carl, API + "search/" + placement + "/status", "state=REGISTERED_SEEKING&registered=" + today),
                "saved=placement");

        // The teacher's caseload: the counts, the state and the deadline; students of the roster who never opened it too.
        String page = courses.page(teacher, caseload);
        assertTrue(page.contains("Elev 8101-1") && page.contains("Elev 8101-4"), "the roster's students: " + page);
        Map<String, String> a = line(page, ANNA);
        assertEquals("AGREEMENT_SIGNED", a.get("data-state"));
        assertEquals("3", a.get("data-sent"));
        assertEquals("1", a.get("data-interviews"));
        assertEquals(agreementEnds.toString(), a.get("data-agreement-ends"));
        Map<String, String> b = line(page, BO);
        assertEquals("SEEKING", b.get("data-state"));
        assertEquals("1", b.get("data-sent"));
        assertEquals(gf2End.minusWeeks(8).toString(), b.get("data-deadline"));
        assertEquals("10", b.get("data-days-to-deadline"));
        assertEquals("REGISTERED_SEEKING", line(page, CARL).get("data-state"));
        assertEquals("NONE", line(page, "student-8101-4").get("data-state"));
        assertTrue(page.contains("data-deadline=\"" + gf2End.minusWeeks(8) + "\""), "the term's deadline is shown");
        assertTrue(page.contains("Bygge &amp; anlæg"), "the department");
        assertTrue(page.contains("id=\"applications-chart\"") && page.contains("id=\"status-table\""), "the charts and their tables");
        Matcher thisWeek = Pattern.compile("<tr data-week=\"([0-9-]+)\" data-count=\"(\\d+)\">").matcher(page);
        int weeks = 0;
        String lastCount = null;
        while (thisWeek.find()) {
            weeks++;
            lastCount = thisWeek.group(2);
        }
        assertEquals(12, weeks, "twelve weeks of applications");
        assertTrue(Integer.parseInt(lastCount) >= 2, "this week's applications (Anna's and Carl's today): " + lastCount);

        // The filters.
        List<String> quiet = students(courses.page(teacher, caseload + "&filter=no-application"));
        assertTrue(quiet.contains(BO) && quiet.contains("student-8101-4"), quiet.toString());
        assertFalse(quiet.contains(ANNA) || quiet.contains(CARL), quiet.toString());
        List<String> near = students(courses.page(teacher, caseload + "&filter=deadline"));
        assertTrue(near.contains(BO) && near.contains("student-8101-4"), near.toString());
        assertFalse(near.contains(ANNA) || near.contains(CARL), "signed and registered students are not warned: " + near);
        assertEquals(List.of(ANNA), students(courses.page(teacher, caseload + "&filter=agreement-ending")));
        assertTrue(courses.page(teacher, caseload + "&filter=%3Cscript%3E").contains("data-filter=\"all\" data-shown"),
                "an unknown filter shows everyone");

        // The CSV: UTF-8 with a byte order mark, the counts, the deadline, a formula defused.
        HttpResponse<byte[]> csv = courses.bytes(teacher, API + "caseload/" + placement + "/caseload.csv?filter=agreement-ending");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        byte[] bytes = csv.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String[] sheet = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals(2, sheet.length, String.join("\n", sheet));
        assertTrue(sheet[0].startsWith("Elev;LMS-bruger-id;Hold;Afdeling;Status;"), sheet[0]);
        assertTrue(sheet[1].startsWith("Elev 8101-1;" + ANNA + ";" + CLASS + ";Bygge & anlæg;Aftale underskrevet;"), sheet[1]);
        assertTrue(sheet[1].contains(";3;") && sheet[1].contains(";Kort aftale;\"'=HYPERLINK(\"\"http://x\"\")\";"
                + agreementEnds + ";40;"), sheet[1]);
        String everyone = new String(courses.bytes(teacher, API + "caseload/" + placement + "/caseload.csv").body(),
                StandardCharsets.UTF_8);
        assertTrue(everyone.contains(BO + ";" + CLASS + ";Bygge & anlæg;Søger;") && everyone.contains(";10;"), everyone);

        // The student's file: the search, and the meeting with the master missing until one is logged.
        String file = "/apprenticeship/student.xhtml?placement=" + placement + "&student=" + ANNA;
        String annaFile = courses.page(teacher, file);
        assertTrue(annaFile.contains("id=\"file-title\" data-student=\"" + ANNA + "\"") && annaFile.contains("Tømrerfirma Hansen")
                && annaFile.contains("Byg &amp; Bo"), annaFile);
        assertTrue(annaFile.contains("id=\"master-missing\"") && annaFile.contains("Møde med mesteren i denne praktikperiode: mangler"));
        String fileForm = "student=" + ANNA + "&placement=" + placement;
        assertSaved(courses.form(teacher, API + "caseload/file/notes", fileForm + "&text="
                + enc("Talte med Anna og hendes mor; aftalt at hun ringer til mesteren.")), "saved=note");
        assertSaved(courses.form(teacher, API + "caseload/file/notes", fileForm + "&forMentors=on&text="
                + enc("Anna vil gerne have hjælp til matematikken.")), "saved=note");
        assertSaved(courses.form(teacher, API + "caseload/file/contacts", fileForm + "&kind=CALL&company=" + enc("Hansen")
                + "&on=" + today), "saved=contact");
        assertTrue(courses.page(teacher, file).contains("id=\"master-missing\""), "a call is no meeting with the master");
        assertSaved(courses.form(teacher, API + "caseload/file/contacts", fileForm + "&kind=MEETING_WITH_MASTER&company="
                + enc("Hansen") + "&on=" + today + "&note=" + enc("Godt i gang.")), "saved=contact");
        assertSaved(courses.form(teacher, API + "caseload/file/steps", fileForm + "&what=" + enc("Find en restaftale")
                + "&who=" + enc("Anna og kontaktlæreren") + "&due=" + today.plusDays(14)), "saved=step");
        annaFile = courses.page(teacher, file);
        assertFalse(annaFile.contains("id=\"master-missing\""), annaFile);
        assertTrue(annaFile.contains("Talte med Anna og hendes mor") && annaFile.contains("Find en restaftale")
                && annaFile.contains("Godt i gang."), annaFile);
        String step = one("select id from apprenticeship_next_step where student_subject = ?", ANNA);
        assertSaved(courses.form(teacher, API + "caseload/file/steps/" + step + "/done", fileForm), "saved=stepDone");
        assertEquals("teacher-8101", one("select done_by from apprenticeship_next_step where id = ?::uuid", step));
        assertRefused(courses.form(teacher, API + "caseload/file/steps/" + step + "/done", fileForm), "STEP_ALREADY_DONE");

        // The mentor: only the mentees, read-only; in a file only the notes shared with mentors, no contacts.
        Person mentor = courses.launchLink(COURSE, link, "mentor-8101");
        assertTrue(mentor.launch().landingUrl().contains("/apprenticeship/caseload.xhtml"), mentor.launch().landingUrl());
        String mentorsPage = courses.page(mentor, caseload);
        assertEquals(List.of(ANNA, BO), students(mentorsPage));
        assertTrue(mentorsPage.contains("id=\"mentor-note\"") && !mentorsPage.contains("id=\"term-form\""), mentorsPage);
        assertEquals(404, courses.get(mentor, API + "caseload/" + placement + "/caseload.csv").statusCode(), "no CSV");
        String mentorsFile = courses.page(mentor, file);
        assertTrue(mentorsFile.contains("Anna vil gerne have hjælp til matematikken.") && mentorsFile.contains("Find en restaftale"),
                mentorsFile);
        assertFalse(mentorsFile.contains("Talte med Anna og hendes mor") || mentorsFile.contains("Godt i gang.")
                || mentorsFile.contains("id=\"note-form\"") || mentorsFile.contains("id=\"contacts\""), mentorsFile);
        assertTrue(courses.page(mentor, "/apprenticeship/student.xhtml?placement=" + placement + "&student=" + CARL)
                .contains("id=\"not-found\""), "not a mentee");
        assertEquals(404, courses.form(mentor, API + "caseload/file/notes", "student=" + CARL + "&placement=" + placement
                + "&text=x").statusCode());
        assertRefused(courses.form(mentor, API + "caseload/file/notes", fileForm + "&text=" + enc("Mentorens note")),
                "FILE_READ_ONLY");
        assertEquals("0", one("select count(*) from apprenticeship_student_note where note_text = 'Mentorens note'"));

        // A teacher is no consultant: the school's page is refused.
        assertEquals(403, courses.get(teacher, "/apprenticeship/school.xhtml").statusCode());
        assertEquals(404, courses.get(teacher, API + "caseload/school.csv").statusCode());

        // Another course, with its own student; then its teacher is made the school's consultant.
        String otherLink = courses.place(OTHER_COURSE, SEARCH);
        Person dina = courses.launchLink(OTHER_COURSE, otherLink, "student-8102-1");
        logApplication(dina, dina.placement(), "Elektriker Holm", today.minusDays(1));
        String platform = one("select platform_id from apprenticeship_enrolment where student_subject = ? and context_id = ?",
                ANNA, COURSE);
        update("insert into school_role (id, platform_id, subject, role, display_name, granted_by_subject, granted_at) "
                + "values (gen_random_uuid(), ?::uuid, ?, 'CONSULTANT', 'Konsulent 8102', 'admin-8101', now())", platform, CONSULTANT);
        Person consultant = courses.launchLink(OTHER_COURSE, otherLink, CONSULTANT);
        String consultantsCourse = courses.page(consultant, "/apprenticeship/caseload.xhtml?placement=" + dina.placement());
        assertTrue(consultantsCourse.contains("id=\"school-link\""), "the consultant switches to the school");
        assertFalse(students(consultantsCourse).contains(ANNA), "the course's caseload is the course's");
        String school = courses.page(consultant, "/apprenticeship/school.xhtml");
        List<String> schoolStudents = students(school);
        assertTrue(schoolStudents.containsAll(List.of(ANNA, BO, CARL, "student-8102-1")), schoolStudents.toString());
        assertFalse(schoolStudents.contains("student-8101-4"), "the school's caseload lists who opened the search");
        assertTrue(school.contains("data-course=\"" + COURSE + "\"") && school.contains("data-course=\"" + OTHER_COURSE + "\"")
                && school.contains("Bygge &amp; anlæg · " + CLASS) && school.contains(">Hold 8102 (" + OTHER_COURSE + ")<"),
                "grouped by course, named by its title in the LMS and its id, with the department: " + school);
        String schoolCsv = new String(courses.bytes(consultant, API + "caseload/school.csv").body(), StandardCharsets.UTF_8);
        assertTrue(schoolCsv.contains(ANNA + ";" + CLASS) && schoolCsv.contains("student-8102-1;Hold 8102 (" + OTHER_COURSE + ")"),
                schoolCsv);
        String fromSchool = "/apprenticeship/student.xhtml?student=" + ANNA;
        String consultantsFile = courses.page(consultant, fromSchool);
        assertTrue(consultantsFile.contains("Talte med Anna og hendes mor") && consultantsFile.contains("id=\"note-form\""),
                consultantsFile);
        assertSaved(courses.form(consultant, API + "caseload/file/notes", "student=" + ANNA + "&placement=&text="
                + enc("Konsulenten har talt med mesteren.")), "saved=note");
        assertEquals("Lærer 8102", one("select author_name from apprenticeship_student_note "
                + "where note_text = 'Konsulenten har talt med mesteren.'"), "the consultant's name as their launch gave it");
        assertTrue(courses.page(consultant, "/apprenticeship/student.xhtml?student=student-8101-4").contains("id=\"not-found\""),
                "a student who never opened the search is not in the school's files");

        // Another school's consultant (the same LMS user id there) sees nothing of ours.
        try (TestPlatform otherSchool = TestPlatform.start("caseload-school").registerIn(EmbeddedPostgresSession.dataSource())) {
            LtiBrowser browser = LtiBrowser.at(url);
            LtiBrowser.Login login = browser.login(otherSchool, CONSULTANT);
            LaunchResult namesake = browser.launch(login, otherSchool.instructor(COURSE).with("sub", CONSULTANT)
                    .forLogin(login).signedBy(otherSchool.key()));
            assertTrue(namesake.landed(), namesake.body());
            assertEquals(403, browser.get(LaunchContextParam.with("/apprenticeship/school.xhtml", namesake.landingUrl()),
                    login.cookies()).statusCode(), "no consultant there");
            String theirs = one("select id from lti_platform where client_id = ?", otherSchool.clientId());
            update("insert into school_role (id, platform_id, subject, role, display_name, granted_by_subject, granted_at) "
                    + "values (gen_random_uuid(), ?::uuid, ?, 'CONSULTANT', 'Namesake', 'admin-1', now())", theirs, CONSULTANT);
            String theirSchool = browser.get(LaunchContextParam.with("/apprenticeship/school.xhtml", namesake.landingUrl()),
                    login.cookies()).body();
            assertTrue(theirSchool.contains("id=\"no-students\""), theirSchool);
            assertFalse(theirSchool.contains("8101") || theirSchool.contains("8102-1"), theirSchool);
            String theirFile = browser.get(LaunchContextParam.with(fromSchool, namesake.landingUrl()), login.cookies()).body();
            assertTrue(theirFile.contains("id=\"not-found\"") && !theirFile.contains("Talte med Anna"), theirFile);
            HttpResponse<String> theirCaseload = browser.get(LaunchContextParam.with(caseload, namesake.landingUrl()), login.cookies());
            assertTrue(theirCaseload.body().contains("id=\"not-found\""), "our placement is not theirs");
        } finally {
            update("delete from school_role where display_name = 'Namesake'");
        }

        // The staff's notes, contacts and steps are Anna's personal data: exported, then erased with her.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> export = http.send(adminApi("GET", platform, ANNA), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        assertTrue(json.contains("\"apprenticeship-caseload\"") && json.contains("Talte med Anna og hendes mor")
                && json.contains("MEETING_WITH_MASTER") && json.contains("Find en restaftale"), json);
        assertEquals(200, http.send(adminApi("DELETE", platform, ANNA), HttpResponse.BodyHandlers.ofString()).statusCode());
        for (String table : List.of("apprenticeship_student_note", "apprenticeship_company_contact", "apprenticeship_next_step")) {
            assertEquals("0", one("select count(*) from " + table + " where student_subject = ?", ANNA), table);
        }
    }

    @Test
    void badInputIsRefusedWithASentenceAndNothingIsKept() throws Exception {
        LocalDate today = LocalDate.now(SCHOOL);
        String link = courses.place("course-8103", SEARCH);
        Person teacher = courses.launchLink("course-8103", link, "teacher-8103");
        String placement = teacher.placement();
        Person eva = courses.launchLink("course-8103", link, "student-8103-1");
        logApplication(eva, placement, "Hansen", today);
        String otherLink = courses.place("course-8104", SEARCH);
        Person otherStudent = courses.launchLink("course-8104", otherLink, "student-8104-1");
        String form = "student=student-8103-1&placement=" + placement;

        // The term: a year 2099, a five-digit year, a department too long.
        String term = API + "caseload/" + placement + "/term";
        assertRefused(courses.form(teacher, term, "gf2End=2099-06-20"), "GF2_END_TOO_FAR");
        assertRefused(courses.form(teacher, term, "gf2End=20255-06-20"), "GF2_END_INVALID");
        assertRefused(courses.form(teacher, term, "gf2End=" + today.plusMonths(3) + "&department=" + "x".repeat(201)),
                "DEPARTMENT_TOO_LONG");
        assertEquals("0", one("select count(*) from apprenticeship_course_term where context_id = 'course-8103'"));
        String refusedPage = courses.page(teacher, "/apprenticeship/caseload.xhtml?placement=" + placement
                + "&refused=GF2_END_TOO_FAR");
        assertTrue(refusedPage.contains("Datoen for GF2&#39;s slut er mere end to år væk") || refusedPage.contains(
                "Datoen for GF2's slut er mere end to år væk"), refusedPage);

        // The file's forms.
        String notes = API + "caseload/file/notes";
        assertRefused(courses.form(teacher, notes, form + "&text=" + "x".repeat(2001)), "NOTE_TOO_LONG");
        assertRefused(courses.form(teacher, notes, form + "&text=%20%20"), "NOTE_MISSING");
        String contacts = API + "caseload/file/contacts";
        assertRefused(courses.form(teacher, contacts, form + "&kind=VISIT&company=Hansen&on=2099-01-01"), "CONTACT_IN_FUTURE");
        assertRefused(courses.form(teacher, contacts, form + "&kind=VISIT&company=Hansen&on=20255-01-01"), "CONTACT_DATE_INVALID");
        assertRefused(courses.form(teacher, contacts, form + "&kind=PIGEON&company=Hansen&on=" + today), "CONTACT_KIND_MISSING");
        String steps = API + "caseload/file/steps";
        assertRefused(courses.form(teacher, steps, form + "&what=Ring&who=Eva&due=2099-01-01"), "STEP_DUE_TOO_FAR");
        assertRefused(courses.form(teacher, steps, form + "&what=Ring&who=Eva&due=20255-01-01"), "STEP_DUE_INVALID");
        assertRefused(courses.form(teacher, steps, form + "&what=" + "x".repeat(501) + "&who=Eva&due=" + today), "STEP_TOO_LONG");
        assertRefused(courses.form(teacher, API + "caseload/file/steps/00000000-0000-0000-0000-000000000000/done", form),
                "STEP_NOT_FOUND");
        assertEquals(413, courses.form(teacher, notes, form + "&text=" + "x".repeat(70_000)).statusCode(), "too large to read");
        for (String table : List.of("apprenticeship_student_note", "apprenticeship_company_contact", "apprenticeship_next_step")) {
            assertEquals("0", one("select count(*) from " + table + " where student_subject = 'student-8103-1'"), table);
        }
        String refusedFile = courses.page(teacher, "/apprenticeship/student.xhtml?" + form + "&refused=NOTE_TOO_LONG");
        assertTrue(refusedFile.contains("Noten er for lang (højst 2000 tegn)."), refusedFile);

        // Another course's student, forged ids, a placement of another course: nothing found, nothing written.
        String otherForm = "student=student-8104-1&placement=" + placement;
        assertTrue(courses.page(teacher, "/apprenticeship/student.xhtml?" + otherForm).contains("id=\"not-found\""));
        assertEquals(404, courses.form(teacher, notes, otherForm + "&text=x").statusCode());
        assertEquals(404, courses.form(teacher, notes, "student=student-8104-1&placement=" + otherStudent.placement()
                + "&text=x").statusCode(), "a placement of another course");
        assertEquals(404, courses.form(teacher, notes, "student=&placement=" + placement + "&text=x").statusCode());
        assertEquals(404, courses.form(teacher, notes, "student=" + "s".repeat(300) + "&placement=" + placement + "&text=x")
                .statusCode());
        assertEquals(404, courses.form(teacher, notes, "student=student-8103-1&placement=not-a-uuid&text=x").statusCode());
        assertTrue(courses.page(teacher, "/apprenticeship/caseload.xhtml?placement=" + otherStudent.placement())
                .contains("id=\"not-found\""), "another course's caseload");
        assertTrue(courses.page(teacher, "/apprenticeship/caseload.xhtml?placement=6d3f1a4e-0000-4000-8000-000000000000")
                .contains("id=\"not-found\""));
        assertEquals(404, courses.get(teacher, API + "caseload/" + otherStudent.placement() + "/caseload.csv").statusCode());
        assertEquals(404, courses.form(teacher, API + "caseload/" + otherStudent.placement() + "/term",
                "gf2End=" + today.plusMonths(3)).statusCode());
        assertEquals("0", one("select count(*) from apprenticeship_student_note where student_subject = 'student-8104-1'"));

        // A student reaches neither the caseload nor a file, not even their own.
        assertEquals(403, courses.get(eva, "/apprenticeship/caseload.xhtml?placement=" + placement).statusCode());
        assertTrue(courses.page(eva, "/apprenticeship/student.xhtml?" + form).contains("id=\"not-found\""));
        assertEquals(404, courses.form(eva, notes, form + "&text=x").statusCode());
        assertEquals(404, courses.get(eva, API + "caseload/" + placement + "/caseload.csv").statusCode());
        // A post without the launch's context (a forged form from another site) is not found.
        HttpResponse<String> noContext = courses.tus().send(HttpRequest.newBuilder(URI.create(tool.toolBase() + notes))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&text=x")), teacher.jar());
        assertTrue(noContext.statusCode() == 403 || noContext.statusCode() == 404, String.valueOf(noContext.statusCode()));
        assertEquals("0", one("select count(*) from apprenticeship_student_note where student_subject = 'student-8103-1'"));
    }

    /** Logs an application as the search page's form does; the application's id. */
    @Test
    void aTeacherTryingTheSearchIsNoStudentAndAStudentsApplicationsAreBounded() throws Exception {
        LocalDate today = LocalDate.now(SCHOOL);
        String link = courses.place("course-8400", SEARCH);
        Person teacher = courses.launchLink("course-8400", link, "teacher-8400");
        String placement = teacher.placement();

        // The teacher tries the student's page (a preview): it opens, and nobody is enrolled by it.
        String preview = courses.page(teacher, "/apprenticeship/search.xhtml?placement=" + placement);
        assertTrue(preview.contains("id=\"search-title\""), preview);
        Person student = courses.launchLink("course-8400", link, "student-8400-1");
        assertEquals("0", one("select count(*) from apprenticeship_enrolment where student_subject = 'teacher-8400'"),
                "a preview puts the teacher on no caseload and in no figures");
        assertEquals("1", one("select count(*) from apprenticeship_enrolment where student_subject = 'student-8400-1'"));
        List<String> listed = students(courses.page(teacher, "/apprenticeship/caseload.xhtml?placement=" + placement));
        assertTrue(listed.contains("student-8400-1") && !listed.contains("teacher-8400"), listed.toString());
        assertEquals("0", one("select count(*) from activity_progress where student_subject = 'teacher-8400' "
                + "and placement_id = ?::uuid", placement), "the class overview hears of no opening by the teacher");

        // A script logging without end stops at the cap, with a sentence; nothing more is kept.
        String first = logApplication(student, placement, "Tømrer Nielsen", today);
        update("insert into apprenticeship_application (id, platform_id, student_subject, context_id, company_name, cvr, "
                + "trade, channel, sent_on, status, follow_up_on, notes, created_at, updated_at, version) select "
                + "gen_random_uuid(), platform_id, student_subject, context_id, company_name, cvr, trade, channel, sent_on, "
                + "status, follow_up_on, notes, created_at, updated_at, version from apprenticeship_application, "
                + "generate_series(1, 499) where id = ?::uuid", first);
        assertRefused(courses.form(student, API + "search/" + placement + "/applications", "company=" + enc("Nr. 501")
                + "&channel=EMAIL&sent=" + today + "&status=SENT"), "APPLICATIONS_TOO_MANY");
        assertEquals("500", one("select count(*) from apprenticeship_application where student_subject = 'student-8400-1'"));
        assertTrue(courses.page(student, "/apprenticeship/search.xhtml?placement=" + placement
                + "&refused=APPLICATIONS_TOO_MANY").contains("Der er ikke plads til flere ansøgninger"));
        update("delete from apprenticeship_application where student_subject = 'student-8400-1'");
    }

    private String logApplication(Person student, String placement, String company, LocalDate sent) throws Exception {
        HttpResponse<String> logged = courses.form(student, API + "search/" + placement + "/applications", "company="
                + enc(company) + "&trade=" + enc("Tømrer") + "&channel=EMAIL&sent=" + sent + "&status=SENT");
        String location = logged.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("application=([0-9a-f-]{36})").matcher(location);
        assertTrue(location.contains("saved=application") && id.find(), location);
        return id.group(1);
    }

    private static void assertSaved(HttpResponse<String> response, String saved) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains(saved), location);
    }

    private static void assertRefused(HttpResponse<String> response, String reason) {
        assertEquals(303, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("refused=" + reason), reason + ": " + location);
    }

    /** The caseload's row of a student: its data attributes. */
    private static Map<String, String> line(String page, String subject) {
        Matcher tag = Pattern.compile("<tr class=\"lpk-ap-line[^\"]*\" data-student=\"" + Pattern.quote(subject) + "\"[^>]*>")
                .matcher(page);
        assertTrue(tag.find(), subject + " in " + page);
        Map<String, String> attributes = new java.util.HashMap<>();
        Matcher attribute = Pattern.compile("(data-[a-z-]+)=\"([^\"]*)\"").matcher(tag.group());
        while (attribute.find()) {
            attributes.put(attribute.group(1), attribute.group(2));
        }
        assertNotNull(attributes.get("data-state"));
        return attributes;
    }

    /** The students a caseload lists, in order. */
    private static List<String> students(String page) {
        Matcher m = Pattern.compile("<tr class=\"lpk-ap-line[^\"]*\" data-student=\"([^\"]+)\"").matcher(page);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private HttpRequest adminApi(String method, String platform, String subject) {
        return HttpRequest.newBuilder(URI.create(tool.toolBase() + "/api/admin/personal-data/" + platform + "/" + subject))
                .header("Authorization", "Bearer " + AdminApi.TOKEN).method(method, HttpRequest.BodyPublishers.noBody()).build();
    }

    private static String studentJson(byte[] zip) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("student.json")) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no student.json");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
