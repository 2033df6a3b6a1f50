package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.one;
import static dk.laerepladsklar.it.support.ToolDatabase.rows;
import static dk.laerepladsklar.it.support.ToolDatabase.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.AdminApi;
import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.demo.client.HtmlForm;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The school's apprenticeship consultant, over real launches and HTTP on WildFly with PostgreSQL and the demo LMS: the
 * school's LMS administrator gives the role on {@code /school/consultants.xhtml} to a teacher of another course (by a
 * typed LMS user id and name) and to a teacher of their own course (from its roster); the consultant, launched as a
 * teacher of their own course, opens the school's profile catalogue and sees a published profile of a student of
 * another course; a teacher without the role, a student, and the consultant's namesake at another school are refused;
 * forged, overlong and badly typed input is refused with a sentence and nothing is kept; each grant and revocation is
 * audited without people's ids; a revocation takes effect at the consultant's very next request; the grant is the
 * consultant's personal data (export, erase). A student with nothing to remember gets no "Husk" on "Mit forløb".
 *
 * <p>The demo LMS is one school for every test: each test here takes its grants back ({@link #noConsultantsLeft}).
 */
class ConsultantRoleIT extends DemoLmsEndToEnd {

    private static final String PAGE = "/school/consultants.xhtml";
    private static final String CATALOGUE = "/careerplan/profiles.xhtml";
    private static final String PLAN = "career-plan:plan";
    private static final Pattern LISTED = Pattern.compile("<li id=\"(holder|candidate)-\\d+\" data-subject=\"([^\"]+)\">");

    @AfterEach
    void noConsultantsLeft() throws Exception {
        update("delete from school_role");
    }

    @Test
    void anAdministratorMakesATeacherOfAnotherCourseTheConsultantWhoThenOpensTheCatalogueUntilTheRoleIsTakenBack()
            throws Exception {
        // a student of course 6021 publishes her profile
        String profileCourse = "course-6021";
        String link = courses.place(profileCourse, PLAN);
        Person sara = courses.launchLink(profileCourse, link, "student-6021-1");
        publishProfile(sara);

        // the administrator, launched in course 6020, finds the page from the class page through the school's settings
        Person admin = courses.launch("course-6020", "admin-6020");
        assertTrue(admin.launch().body().contains("id=\"school-settings\""), "the class page links the school's settings");
        String settings = courses.page(admin, "/school/settings.xhtml");
        assertTrue(settings.contains("id=\"school-consultants\"") && settings.contains("/school/consultants.xhtml"), settings);
        String page = courses.page(admin, PAGE);
        assertTrue(page.contains("Skolens praktikpladskonsulenter") && page.contains("id=\"no-consultants\""), page);
        assertEquals(List.of("candidate:teacher-6020"), listed(page), "the course's staff, not its students");
        assertTrue(page.contains("Lærer 6020"), page);

        // a teacher of another course: by a typed user id and name
        HttpResponse<String> granted = typed(admin, page, "teacher-6022", "Hanne Ørsted-Bak");
        assertTrue(granted.body().contains("Hanne Ørsted-Bak er nu praktikpladskonsulent på skolen."), granted.body());
        assertEquals(List.of("holder:teacher-6022", "candidate:teacher-6020"), listed(granted.body()));
        assertEquals(List.of("Hanne Ørsted-Bak|admin-6020"),
                rows("select display_name || '|' || granted_by_subject from school_role where subject = 'teacher-6022'"));
        String audit = one("select detail from lti_admin_audit where action = 'SCHOOL_ROLE_GRANTED' order by occurred_at desc limit 1");
        assertTrue(audit.contains("CONSULTANT granted to person ") && audit.contains("by the school's LMS administrator"), audit);
        assertFalse(audit.contains("teacher-6022") || audit.contains("admin-6020") || audit.contains("Hanne"),
                "no person's id or name in the audit: " + audit);

        // the consultant launches as the teacher of their own course and opens the school's catalogue
        Person consultant = courses.launch("course-6022", "teacher-6022");
        String catalogue = courses.page(consultant, CATALOGUE);
        assertTrue(catalogue.contains("Elevprofiler på skolen") && catalogue.contains("Sara Ærø")
                && catalogue.contains("Præcis på værkstedet"), catalogue);
        Person consultantsPlan = courses.launchLink("course-6022", courses.place("course-6022", PLAN), "teacher-6022");
        assertTrue(consultantsPlan.launch().body().contains("id=\"catalogue-link\""),
                "the career plan's class page links the catalogue for the consultant: " + consultantsPlan.launch().body());

        // nobody else: a teacher without the role (of the profile's own course, even), a student, the administrator's page
        Person teacher = courses.launch(profileCourse, "teacher-6021");
        assertEquals(403, courses.get(teacher, CATALOGUE).statusCode());
        Person teachersPlan = courses.launchLink(profileCourse, link, "teacher-6021");
        assertFalse(teachersPlan.launch().body().contains("id=\"catalogue-link\""), "no link for a teacher without the role");
        assertEquals(403, courses.get(sara, CATALOGUE).statusCode(), "a student");
        assertEquals(403, courses.get(consultant, PAGE).statusCode(), "a consultant gives no roles");
        assertEquals(403, courses.get(courses.launch("course-6022", "mentor-6022"), CATALOGUE).statusCode(), "a mentor");
        assertTrue(ServerLog.text().contains("Page refused: ACCESS_NOT_CONSULTANT (TEACHER) for /careerplan/profiles.xhtml"));

        // from the roster: the teacher of the administrator's own course
        String again = courses.page(admin, PAGE);
        HttpResponse<String> picked = JsfForms.submit(client, admin.jar(), tool.toolBase(), again, "consultants", Map.of(),
                button(again, "candidate", "teacher-6020"));
        assertTrue(picked.body().contains("Lærer 6020 er nu praktikpladskonsulent på skolen."), picked.body());
        assertEquals(List.of("holder:teacher-6022", "holder:teacher-6020"), listed(picked.body()));
        assertTrue(picked.body().contains("id=\"no-candidates\""), picked.body());

        // taken back: the consultant's next request, in the same launch, is refused
        HttpResponse<String> revoked = JsfForms.submit(client, admin.jar(), tool.toolBase(), picked.body(), "consultants",
                Map.of(), button(picked.body(), "holder", "teacher-6022"));
        assertTrue(revoked.body().contains("Hanne Ørsted-Bak er ikke længere praktikpladskonsulent."), revoked.body());
        assertEquals(List.of("holder:teacher-6020"), listed(revoked.body()));
        assertEquals(403, courses.get(consultant, CATALOGUE).statusCode(), "gone at the next request");
        String revokedAudit = one("select detail from lti_admin_audit where action = 'SCHOOL_ROLE_REVOKED' "
                + "order by occurred_at desc limit 1");
        assertTrue(revokedAudit.contains("CONSULTANT revoked from person ") && !revokedAudit.contains("teacher-6022"), revokedAudit);
        assertEquals(List.of("teacher-6020"), rows("select subject from school_role"));
    }

    @Test
    void forgedOverlongAndBadlyTypedInputIsRefusedWithASentenceAndNothingIsKept() throws Exception {
        Person admin = courses.launch("course-6023", "admin-6023");
        String page = courses.page(admin, PAGE);
        Map<String, String> refusals = Map.of(
                "teacher 6023", "Skriv bruger-id'et, som det står i LMS'et: 1 til 255 tegn uden mellemrum. Intet er ændret.",
                "t".repeat(256), "Skriv bruger-id'et, som det står i LMS'et: 1 til 255 tegn uden mellemrum. Intet er ændret.",
                "", "Skriv bruger-id'et, som det står i LMS'et: 1 til 255 tegn uden mellemrum. Intet er ændret.",
                "teacher-6023\u0000", "Skriv bruger-id'et, som det står i LMS'et: 1 til 255 tegn uden mellemrum. Intet er ændret.");
        for (Map.Entry<String, String> bad : refusals.entrySet()) {
            HttpResponse<String> refused = typed(admin, page, bad.getKey(), "Hanne");
            assertTrue(refused.body().contains(bad.getValue()), bad.getKey().length() + ": " + refused.body());
            assertTrue(refused.body().contains("data-kind=\"error\""), "shown as an error");
        }
        String badName = "Skriv personens navn med 1 til 120 tegn: bogstaver, tal, mellemrum, bindestreg, punktum, komma og "
                + "apostrof. Intet er ændret.";
        for (String name : List.of("<script>alert(1)</script>", "", "H".repeat(121), "1234", "hanne@skole.dk")) {
            HttpResponse<String> refused = typed(admin, page, "teacher-6024", name);
            assertTrue(refused.body().contains(badName), name + ": " + refused.body());
            assertFalse(refused.body().contains("<script>alert"), "never echoed as markup");
        }
        assertEquals(List.of(), rows("select subject from school_role"), "nothing kept");

        // given once; given again is said so
        typed(admin, page, "teacher-6024", "Ole Lund");
        HttpResponse<String> twice = typed(admin, courses.page(admin, PAGE), "teacher-6024", "Ole Lund");
        assertTrue(twice.body().contains("Ole Lund er allerede praktikpladskonsulent. Intet er ændret."), twice.body());
        assertEquals(List.of("teacher-6024"), rows("select subject from school_role"));

        // the administrator's form, posted with a teacher's, a student's or a mentor's launch: refused before Faces reads it
        String adminPage = courses.page(admin, PAGE);
        // (teacher-6024 is the consultant, launched in their own course: a consultant gives no roles either)
        for (String user : List.of("teacher-6023", "student-6023-1", "mentor-6023", "teacher-6024")) {
            Person someone = courses.launch(user.equals("teacher-6024") ? "course-6024" : "course-6023", user);
            assertFalse(someone.launch().body().contains("id=\"school-settings\""), user + " gets no link");
            assertEquals(403, courses.get(someone, PAGE).statusCode(), user);
            HttpResponse<String> posted = client.post(tool.toolBase() + PAGE + "?lc=" + someone.lc(), HtmlForm.encode(Map.of(
                    "typed", "typed", "typed:user-id", user, "typed:name", "Jeg Selv", "typed:grant", "typed:grant",
                    "jakarta.faces.ViewState", JsfForms.viewState(adminPage))), someone.jar());
            assertEquals(403, posted.statusCode(), user);
        }
        assertEquals(List.of("teacher-6024"), rows("select subject from school_role"), "nobody made themselves consultant");
    }

    @Test
    void aConsultantOfOneSchoolIsNothingAtAnotherAndAnotherSchoolsAdministratorSeesOnlyTheirOwn() throws Exception {
        Person admin = courses.launch("course-6025", "admin-6025");
        typed(admin, courses.page(admin, PAGE), "teacher-6025", "Mona Berg");
        Person consultant = courses.launch("course-6025", "teacher-6025");
        assertEquals(200, courses.get(consultant, CATALOGUE).statusCode());

        try (TestPlatform otherSchool = TestPlatform.start("consultant-school").registerIn(EmbeddedPostgresSession.dataSource())) {
            LtiBrowser browser = LtiBrowser.at(url);
            // the same LMS user id at another school: a teacher there, no consultant
            LtiBrowser.Login login = browser.login(otherSchool, "teacher-6025");
            LaunchResult namesake = browser.launch(login, otherSchool.instructor("course-6025").with("sub", "teacher-6025")
                    .forLogin(login).signedBy(otherSchool.key()));
            assertTrue(namesake.landed(), namesake.body());
            assertEquals(403, browser.get(LaunchContextParam.with(CATALOGUE, namesake.landingUrl()), login.cookies()).statusCode());

            // their administrator sees their own school's consultants (none), not ours, and gives the role there only
            LtiBrowser.Login adminLogin = browser.login(otherSchool, "admin-6025");
            LaunchResult theirAdmin = browser.launch(adminLogin, otherSchool.instructor("course-6025")
                    .withRoles(Launches.INSTITUTION_ADMINISTRATOR, Launches.INSTRUCTOR, Launches.SYSTEM_ADMINISTRATOR)
                    .with("sub", "admin-6025").forLogin(adminLogin).signedBy(otherSchool.key()));
            assertTrue(theirAdmin.landed(), theirAdmin.body());
            String theirs = browser.get(LaunchContextParam.with(PAGE, theirAdmin.landingUrl()), adminLogin.cookies()).body();
            assertTrue(theirs.contains("id=\"no-consultants\"") && !theirs.contains("Mona Berg"), theirs);
            String theirCatalogue = browser.get(LaunchContextParam.with(CATALOGUE, theirAdmin.landingUrl()), adminLogin.cookies()).body();
            assertTrue(theirCatalogue.contains("Ingen profiler"), theirCatalogue);
            HttpResponse<String> given = JsfForms.submit(client, adminLogin.cookies(), tool.toolBase(), theirs, "typed",
                    Map.of("typed:user-id", "teacher-7777", "typed:name", "Ib Holm"), "typed:grant");
            assertTrue(given.body().contains("Ib Holm er nu praktikpladskonsulent på skolen."), given.body());
        }
        assertEquals(List.of("Mona Berg"), rows("select display_name from school_role where platform_id = "
                + "(select platform_id from school_role where subject = 'teacher-6025')"), "our school keeps its own");
        assertEquals(2, rows("select subject from school_role").size());
    }

    @Test
    void theGrantIsTheConsultantsPersonalDataAndGoesWithThem() throws Exception {
        Person admin = courses.launch("course-6026", "admin-6026");
        typed(admin, courses.page(admin, PAGE), "teacher-6026", "Sofie Dahl");
        String platform = one("select platform_id from school_role where subject = 'teacher-6026'");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<byte[]> export = http.send(adminApi("GET", platform, "teacher-6026"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, export.statusCode());
        String json = studentJson(export.body());
        assertTrue(json.contains("\"school-roles\"") && json.contains("\"CONSULTANT\"") && json.contains("Sofie Dahl"), json);
        String granter = studentJson(http.send(adminApi("GET", platform, "admin-6026"), HttpResponse.BodyHandlers.ofByteArray()).body());
        assertTrue(granter.contains("\"granted\"") && !granter.contains("Sofie Dahl"), "whom they named is not theirs: " + granter);

        assertEquals(200, http.send(adminApi("DELETE", platform, "admin-6026"), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(List.of("Sofie Dahl|"), rows("select display_name || '|' || coalesce(granted_by_subject, '') from school_role"),
                "the administrator erased: the grant stays, no longer naming them");
        assertEquals(200, http.send(adminApi("DELETE", platform, "teacher-6026"), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(List.of(), rows("select subject from school_role"), "the consultant erased: the role is gone");
        Person teacher = courses.launch("course-6026", "teacher-6026");
        assertEquals(403, courses.get(teacher, CATALOGUE).statusCode());
    }

    @Test
    void aStudentWithNothingToRememberGetsNoRememberList() throws Exception {
        Person student = courses.launch("course-6027", "student-6027-1");
        String home = student.launch().body();
        assertTrue(home.contains("id=\"activities-title\""), home);
        assertFalse(home.contains("id=\"reminders\"") || home.contains(">Husk<"), "nothing due, nothing shown: " + home);
    }

    /** The typed form: an LMS user id and a name, posted as the page posts them. */
    private HttpResponse<String> typed(Person admin, String page, String id, String name) throws Exception {
        return JsfForms.submit(client, admin.jar(), tool.toolBase(), page, "typed",
                Map.of("typed:user-id", id, "typed:name", name), "typed:grant");
    }

    /** Who the page lists, in order: {@code holder:<id>} for the consultants, {@code candidate:<id>} for the staff. */
    private static List<String> listed(String page) {
        Matcher m = LISTED.matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) + ":" + m.group(2));
        }
        return found;
    }

    /** The name of the button in the list item of this person. */
    private static String button(String page, String kind, String subject) {
        Matcher m = Pattern.compile("<li id=\"" + kind + "-\\d+\" data-subject=\"" + Pattern.quote(subject)
                + "\">.*?<input[^>]*name=\"([^\"]+)\"", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), kind + " " + subject + " in " + page);
        return m.group(1);
    }

    /** The student writes a plan's trade and a profile with a strength, and publishes it. */
    private void publishProfile(Person student) throws Exception {
        String placement = student.placement();
        String plan = "/api/careerplan/plans/" + placement;
        assertEquals(200, courses.call(student, "GET", plan, null, null).statusCode());
        assertEquals(200, courses.call(student, "PUT", plan + "/seek", "trade=" + enc("Tømrer") + "&area=" + enc("Østjylland"),
                "application/x-www-form-urlencoded").statusCode());
        String api = "/api/careerplan/profile/" + placement;
        HttpResponse<String> saved = courses.form(student, api, "name=" + enc("Sara Ærø") + "&strength1=" + enc("Præcis på værkstedet")
                + "&example1=" + enc("Lågerne passede første gang.") + "&trade=" + enc("Tømrer") + "&contact=" + enc("sara@eksempel.dk"));
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("done=saved"), saved.headers().toString());
        HttpResponse<String> published = courses.form(student, api + "/publish", "");
        assertTrue(published.headers().firstValue("Location").orElse("").contains("done=published"), published.headers().toString());
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
