package dk.laerepladsklar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.CareerPlanHttp;
import dk.laerepladsklar.it.support.DemoGradebook;
import dk.laerepladsklar.it.support.Deployments;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.RolePlayPractice;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.it.support.ToolUnderTest;
import dk.laerepladsklar.it.support.TusUploads;
import dk.laerepladsklar.lti.demo.client.ContentPicker;
import dk.laerepladsklar.lti.demo.client.CookieJar;
import dk.laerepladsklar.lti.demo.client.DemoLaunchClient;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import dk.laerepladsklar.lti.demo.client.ModulePlayerClient;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.URI;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every page and resource every module declares (its {@code ProtectedPages} contribution, read from the EAR that is
 * deployed, so a new module's pages join the matrix by themselves and fail it until their row below is written), run
 * over real launches and real HTTP as eleven people, against the things of two students of one course who each wrote a
 * reflection, handed in files and sent a career plan: A (the mentor's mentee) and C (not a mentee). The course's
 * mentor is so both "the mentor of the student" (for A's work) and "a mentor of someone else" (for C's); the demo LMS
 * has one mentor a course.
 *
 * <p>Each cell is what the person must get: refused (no launch, the "other role" page, 403, 404, "not found" for a
 * placement of another course), or the page, showing exactly the listed students' work. A page that shows a student's
 * name, work or file id that its cell does not list is an allow the matrix does not expect, and fails the test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final String COURSE = "course-7401";
    private static final String OTHER_COURSE = "course-7402";
    private static final String STUDENT_A = "student-7401-1"; // the mentor's mentee
    private static final String STUDENT_C = "student-7401-3"; // in the course, not a mentee
    /** The school's consultant: the teacher of a third course, so the people of the main matrix hold no school role. */
    private static final String CONSULTANTS_COURSE = "course-7403";
    private static final String CONSULTANT = "teacher-7403";
    private static final String CV_MODULE = "teaching-module:application-and-cv";
    private static final String ROLE_PLAY = "role-play:interview-carpenter";
    private static final String CAREER_PLAN = "career-plan:plan";
    private static final String JOB_SEARCH_WEEK = "job-search-week:template";
    private static final String JOB_CAFE = "job-cafe:cafe";
    private static final String APPRENTICESHIP_SEARCH = "apprenticeship-search:search";
    private static final String SERVICES = "META-INF/services/dk.laerepladsklar.kernel.access.ProtectedPages";

    /** The people who try every page; each has launched once (except nobody) and uses that launch's context. */
    enum Person {
        NOBODY, STUDENT, CLASSMATE, TEACHER, OTHER_COURSE_TEACHER, MENTOR, OTHER_COURSE_MENTOR, OBSERVER,
        OTHER_SCHOOL_STUDENT, OTHER_SCHOOL_TEACHER, OTHER_SCHOOL_MENTOR
    }

    /**
     * What each person gets, in {@link Person} order. NL: the "open it again from your course" page; OR: the page
     * for observers and guests; 403 / 404: that status; NF: the page's "not found" (a placement of another course);
     * own: the page, showing no one's work but perhaps the person's own; "", A, C, AC: the page, showing exactly the
     * work of those students.
     */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                 nobody stud  mate   teacher other-t mentor other-m observer school-s school-t school-m
        row("/student/help.xhtml",                          "NL", "own", "own", "own", "own", "own", "own", "own", "own", "own", "own");
        row("/student/home.xhtml",                          "NL", "own", "own", "own", "own", "403", "403", "OR", "own", "own", "403");
        row("/teacher/class.xhtml",                         "NL", "403", "403", "AC", "", "A", "", "OR", "403", "", "");
        row("/teacher/help.xhtml",                          "NL", "403", "403", "", "", "", "", "OR", "403", "", "");
        row("/teacher/select-content.xhtml",                "NL", "403", "403", "", "", "403", "403", "OR", "403", "", "403");
        row("/api/classroom/overview.csv",                  "403", "403", "403", "AC", "", "403", "403", "403", "403", "", "403");
        row("/school/settings.xhtml",                       "NL", "403", "403", "403", "403", "403", "403", "OR", "403", "403", "403");
        row("/school/consultants.xhtml",                    "NL", "403", "403", "403", "403", "403", "403", "OR", "403", "403", "403");
        row("/modules/play.xhtml?placement={placement}",    "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/modules/overview.xhtml?placement={placement}", "NL", "403", "403", "AC", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/api/modules/files/{file:A}",                  "404", "A", "404", "A", "404", "A", "404", "404", "404", "404", "404");
        row("/api/modules/files/{file:C}",                  "404", "404", "C", "C", "404", "404", "404", "404", "404", "404", "404");
        row("/roleplay/practice.xhtml?placement={roleplay}", "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/roleplay/overview.xhtml?placement={roleplay}", "NL", "403", "403", "AC", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/roleplay/record.xhtml?placement={roleplay}",   "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/roleplay/assess.xhtml?attempt={attempt}",      "NL", "403", "403", "A", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/roleplay/rubric.xhtml?placement={roleplay}",   "NL", "403", "403", "", "NF", "403", "403", "OR", "403", "NF", "403");
        row("/roleplay/voices.xhtml?placement={roleplay}",   "NL", "403", "403", "", "NF", "403", "403", "OR", "403", "NF", "403");
        row("/careerplan/plan.xhtml?placement={career-plan}", "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/careerplan/class.xhtml?placement={career-plan}", "NL", "403", "403", "AC", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/careerplan/review.xhtml?placement={career-plan}&student={student}",
                                                            "NL", "403", "403", "A", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/careerplan/profile.xhtml?placement={career-plan}", "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/careerplan/profiles.xhtml",                   "NL", "403", "403", "403", "403", "403", "403", "OR", "403", "403", "403");
        // a mentor who opens the week's link lands on its plan page and is sent on to the week's page (which decides)
        row("/week/plan.xhtml?placement={job-search-week}", "NL", "403", "403", "", "NF", "302", "302", "OR", "403", "NF", "302");
        // the mentor picks one of their mentees there (A is one; C is not listed)
        row("/week/today.xhtml?placement={job-search-week}", "NL", "own", "own", "", "NF", "A", "NF", "OR", "NF", "NF", "NF");
        row("/week/progress.xhtml?placement={job-search-week}", "NL", "403", "403", "AC", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/api/week/runsheet/{job-search-week}",        "404", "404", "404", "", "404", "404", "404", "404", "404", "404", "404");
        row("/week/cafe.xhtml?placement={job-cafe}",        "NL", "403", "403", "AC", "NF", "403", "403", "OR", "403", "NF", "403");
        row("/week/my-cafe.xhtml?placement={job-cafe}",     "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/week/attendance.xhtml?placement={job-cafe}",  "NL", "403", "403", "AC", "NF", "403", "403", "OR", "403", "NF", "403");
        row("/apprenticeship/search.xhtml?placement={apprenticeship-search}",
                                                            "NL", "own", "own", "own", "NF", "403", "403", "OR", "NF", "NF", "403");
        row("/apprenticeship/caseload.xhtml?placement={apprenticeship-search}",
                                                            "NL", "403", "403", "AC", "NF", "A", "NF", "OR", "403", "NF", "NF");
        row("/apprenticeship/school.xhtml",                 "NL", "403", "403", "403", "403", "403", "403", "OR", "403", "403", "403");
        row("/apprenticeship/student.xhtml?placement={apprenticeship-search}&student={student}",
                                                            "NL", "NF", "NF", "A", "NF", "A", "NF", "OR", "NF", "NF", "NF");
        row("/api/apprenticeship/caseload/{apprenticeship-search}/caseload.csv",
                                                            "404", "404", "404", "AC", "404", "404", "404", "404", "404", "404", "404");
        row("/apprenticeship/figures.xhtml",                "NL", "403", "403", "403", "403", "403", "403", "OR", "403", "403", "403");
        row("/api/apprenticeship/figures/figures.csv",      "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403");
        row("/api/apprenticeship/figures/figures.pdf",      "403", "403", "403", "403", "403", "403", "403", "403", "403", "403", "403");
    }

    /**
     * The people who follow a whole school, and who must not: the school's LMS administrator ({@code admin-7401}, in the
     * course), the school's consultant (the teacher of a third course, given the role by that administrator), the
     * other school's administrator, and the consultant's namesake at the other school (a teacher there, no consultant).
     */
    enum SchoolPerson {
        ADMIN, CONSULTANT, OTHER_SCHOOL_ADMIN, OTHER_SCHOOL_NAMESAKE
    }

    /**
     * What the people of the whole school get, in {@link SchoolPerson} order, as in {@link #EXPECTED}. Every page for
     * administrators or for those who follow the school needs a row here (the people above all get "403" or "OR"
     * from every other page of this kind, so those rows are not optional); any other page may have one.
     */
    private static final Map<String, List<String>> SCHOOL_WIDE = new LinkedHashMap<>();

    static {
        //                                                 admin consultant other-school-admin namesake
        schoolRow("/school/settings.xhtml",                 "", "403", "", "403");
        schoolRow("/school/consultants.xhtml",              "", "403", "", "403");
        schoolRow("/careerplan/profiles.xhtml",             "", "", "", "403");
        schoolRow("/teacher/class.xhtml",                   "AC", "", "", "");
        schoolRow("/careerplan/review.xhtml?placement={career-plan}&student={student}", "A", "NF", "NF", "NF");
        schoolRow("/apprenticeship/school.xhtml",           "AC", "AC", "", "403");
        schoolRow("/apprenticeship/student.xhtml?placement={apprenticeship-search}&student={student}", "A", "A", "NF", "NF");
        // the school's figures: its administrator and consultant; the other school's administrator gets their own school's
        schoolRow("/apprenticeship/figures.xhtml",          "", "", "", "403");
        schoolRow("/api/apprenticeship/figures/figures.csv", "", "", "", "403");
        schoolRow("/api/apprenticeship/figures/figures.pdf", "", "", "", "403");
    }

    private static void schoolRow(String example, String... cells) {
        assertEquals(SchoolPerson.values().length, cells.length, example);
        SCHOOL_WIDE.put(example, List.of(cells));
    }

    private static void row(String example, String... cells) {
        assertEquals(Person.values().length, cells.length, example);
        EXPECTED.put(example, List.of(cells));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    private static TestPlatform otherSchool;

    @BeforeAll
    static void registerAnotherSchool() {
        otherSchool = TestPlatform.start("authz-school").registerIn(EmbeddedPostgresSession.dataSource());
    }

    @AfterAll
    static void stopTheOtherSchool() throws Exception {
        otherSchool.close();
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement delete = db.prepareStatement("delete from school_role where subject = '" + CONSULTANT + "'")) {
            delete.executeUpdate(); // the consultant named for the school's rows; other tests start without one
        }
    }

    @Test
    void everyPageOfEveryModuleAllowsExactlyWhatTheMatrixExpects() throws Exception {
        List<Declared> declared = declaredPages();
        assertTrue(declared.stream().anyMatch(d -> d.path().startsWith("/modules/")), "the curriculum's pages: " + declared);
        assertTrue(declared.stream().anyMatch(d -> d.path().startsWith("/teacher/")), "the classroom's pages: " + declared);
        List<String> examples = new ArrayList<>();
        for (Declared page : declared) {
            if (page.example() == null) {
                continue;
            }
            List<String> expanded = page.example().contains("{file}")
                    ? List.of(page.example().replace("{file}", "{file:A}"), page.example().replace("{file}", "{file:C}"))
                    : List.of(page.example());
            for (String example : expanded) {
                assertTrue(EXPECTED.containsKey(example), "A page no row of the matrix covers: " + example + " (" + page
                        + "). Add what each person may see of it.");
                examples.add(example);
            }
        }
        assertEquals(new TreeSet<>(EXPECTED.keySet()), new TreeSet<>(examples), "rows for pages no module declares any more");
        for (Declared page : declared) {
            if (page.example() != null && List.of("ADMINISTERING_SCHOOL", "FOLLOWING_SCHOOL").contains(page.audience())) {
                assertTrue(SCHOOL_WIDE.containsKey(page.example()), "A school-wide page no row of the school's people covers: "
                        + page.example() + " (" + page + ")");
            }
        }
        assertTrue(examples.containsAll(SCHOOL_WIDE.keySet()), "school rows for pages no module declares any more");

        ToolUnderTest tool = ToolUnderTest.at(url);
        DemoLaunchClient client = tool.client();
        String link = placeModule(client, tool);
        Map<String, String> values = new LinkedHashMap<>();
        Map<Person, Browser> people = new EnumMap<>(Person.class);
        LaunchResult a = workThrough(client, tool, link, STUDENT_A, people, Person.STUDENT);
        workThrough(client, tool, link, STUDENT_C, people, Person.CLASSMATE);
        values.put("{placement}", a.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1"));
        String rolePlayLink = place(client, tool, ROLE_PLAY);
        values.put("{roleplay}", practise(client, tool, rolePlayLink, STUDENT_A));
        practise(client, tool, rolePlayLink, STUDENT_C);
        values.put("{attempt}", recordAndRelease(client, tool, rolePlayLink, STUDENT_A));
        values.put("{career-plan}", writeAndSendPlans(client, tool));
        values.put("{job-search-week}", planWeek(client, tool));
        values.put("{job-cafe}", scheduleCafe(client, tool));
        values.put("{apprenticeship-search}", logApplications(client, tool));
        values.put("{student}", STUDENT_A);
        List<UUID> filesOfA = filesOf(STUDENT_A);
        List<UUID> filesOfC = filesOf(STUDENT_C);
        assertEquals(2, filesOfA.size(), "A handed in the CV and the application");
        assertEquals(2, filesOfC.size(), "C handed in the CV and the application");
        values.put("{file:A}", filesOfA.get(0).toString());
        values.put("{file:C}", filesOfC.get(0).toString());
        Map<String, Pattern> work = Map.of(
                "A", marker("7401-1", filesOfA),
                "C", marker("7401-3", filesOfC));

        people.put(Person.NOBODY, path -> client.get(tool.toolBase() + path, new CookieJar()));
        people.put(Person.TEACHER, demoLaunch(client, tool, COURSE, "teacher-7401", "/teacher/class.xhtml"));
        people.put(Person.OTHER_COURSE_TEACHER, demoLaunch(client, tool, OTHER_COURSE, "teacher-7402", "/teacher/class.xhtml"));
        people.put(Person.MENTOR, demoLaunch(client, tool, COURSE, "mentor-7401", "/teacher/class.xhtml"));
        people.put(Person.OTHER_COURSE_MENTOR, demoLaunch(client, tool, OTHER_COURSE, "mentor-7402", "/teacher/class.xhtml"));
        people.put(Person.OBSERVER, demoLaunch(client, tool, COURSE, "observer-7401", "/other-role.xhtml"));
        LtiBrowser foreign = LtiBrowser.at(url);
        people.put(Person.OTHER_SCHOOL_STUDENT, otherSchoolLaunch(foreign, STUDENT_A, otherSchool.learner(COURSE),
                "/student/home.xhtml"));
        people.put(Person.OTHER_SCHOOL_TEACHER, otherSchoolLaunch(foreign, "teacher-7401", otherSchool.instructor(COURSE),
                "/teacher/class.xhtml"));
        people.put(Person.OTHER_SCHOOL_MENTOR, otherSchoolLaunch(foreign, "mentor-7401", otherSchool.learner(COURSE)
                .withRoles(Launches.MENTOR).with(Launches.ROLE_SCOPE_MENTOR, List.of(STUDENT_A)), "/teacher/class.xhtml"));

        Map<SchoolPerson, Browser> schoolPeople = schoolPeople(client, tool, foreign);

        List<String> unexpected = new ArrayList<>();
        StringBuilder report = new StringBuilder("Authorization matrix (page × person: got)\n");
        int cells = 0;
        for (Map.Entry<String, List<String>> row : EXPECTED.entrySet()) {
            String path = row.getKey();
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            report.append(String.format("%-50s", row.getKey()));
            String fileOf = row.getKey().contains("{file:A}") ? "A" : row.getKey().contains("{file:C}") ? "C" : "";
            for (Person person : Person.values()) {
                String expected = row.getValue().get(person.ordinal());
                HttpResponse<String> response = people.get(person).get(path);
                String got = outcome(response, work, fileOf);
                cells++;
                report.append(' ').append(person.name().toLowerCase()).append('=').append(got.isEmpty() ? "open" : got);
                boolean ok = "own".equals(expected) ? isOwn(got, person) : expected.equals(got);
                if (!ok) {
                    unexpected.add(row.getKey() + " as " + person + ": expected '" + expected + "', got '" + got + "' (status "
                            + response.statusCode() + ")");
                }
            }
            report.append('\n');
        }
        int schoolCells = 0;
        for (Map.Entry<String, List<String>> row : SCHOOL_WIDE.entrySet()) {
            String path = row.getKey();
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace(value.getKey(), value.getValue());
            }
            report.append(String.format("%-50s", row.getKey()));
            for (SchoolPerson person : SchoolPerson.values()) {
                String expected = row.getValue().get(person.ordinal());
                HttpResponse<String> response = schoolPeople.get(person).get(path);
                String got = outcome(response, work, "");
                schoolCells++;
                report.append(' ').append(person.name().toLowerCase()).append('=').append(got.isEmpty() ? "open" : got);
                if (!expected.equals(got)) {
                    unexpected.add(row.getKey() + " as " + person + ": expected '" + expected + "', got '" + got + "' (status "
                            + response.statusCode() + ")");
                }
            }
            report.append('\n');
        }
        System.out.println(report);
        assertTrue(unexpected.isEmpty(), unexpected.size() + " of " + (cells + schoolCells) + " cells differ from the matrix:\n"
                + String.join("\n", unexpected));
        assertEquals(EXPECTED.size() * Person.values().length, cells);
        assertEquals(SCHOOL_WIDE.size() * SchoolPerson.values().length, schoolCells);

        // Prefixes guard pages no one declared by name: an unknown page below them is refused before it is looked up.
        for (Declared prefix : declared.stream().filter(d -> d.path().endsWith("/*")).toList()) {
            String unknown = prefix.path().replace("*", "no-such-page.xhtml");
            String got = outcome(people.get(Person.NOBODY).get(unknown), work, "");
            assertEquals(prefix.refusal() == 0 ? "NL" : String.valueOf(prefix.refusal()), got, unknown + " without a launch");
            String observed = outcome(people.get(Person.OBSERVER).get(unknown), work, "");
            assertTrue(List.of("OR", "404", "403").contains(observed), unknown + " as an observer: " + observed);
        }

        // The filter guards what the modules contribute as beans; this test runs what they list as services: the same.
        // (Only this deployment's part of the log: the server's log lives on across runs and deployments.)
        String log = ServerLog.text();
        String thisDeployment = log.substring(Math.max(0, log.lastIndexOf("Deployed \"laerepladsklar.ear\"")));
        assertTrue(thisDeployment.contains("Page refused:"), "this deployment's log is read");
        assertFalse(thisDeployment.contains("PROTECTED_PAGES_NOT_LISTED"), "a module's pages are guarded but not listed "
                + "for this test: " + thisDeployment.lines().filter(l -> l.contains("PROTECTED_PAGES_NOT_LISTED")).toList());
    }

    /** A student's own page: the page, with no one's work but theirs. */
    private static boolean isOwn(String got, Person person) {
        return switch (person) {
            case STUDENT -> got.equals("") || got.equals("A");
            case CLASSMATE -> got.equals("") || got.equals("C");
            default -> got.equals("");
        };
    }

    /** A student's work on a page: their label (never another number's prefix) or the id of one of their files. */
    private static Pattern marker(String label, List<UUID> files) {
        return Pattern.compile("Elev " + Pattern.quote(label) + "(?![0-9])|"
                + files.stream().map(f -> Pattern.quote(f.toString())).collect(Collectors.joining("|")));
    }

    /**
     * What a response gave away: a refusal, or the students whose work it shows.
     *
     * @param fileOf the student whose handed-in file the request asked for, or empty: a file served is theirs
     */
    private static String outcome(HttpResponse<String> response, Map<String, Pattern> work, String fileOf) {
        int status = response.statusCode();
        if (status != 200) {
            return String.valueOf(status);
        }
        if (!fileOf.isEmpty()) {
            assertTrue(response.headers().firstValue("content-disposition").orElse("").startsWith("attachment"),
                    "a handed-in file is served as a download");
            return fileOf;
        }
        String body = response.body();
        if (body.contains("id=\"not-launched\"")) {
            return "NL";
        }
        if (body.contains("id=\"other-role\"")) {
            return "OR";
        }
        if (body.contains("id=\"forbidden\"")) {
            return "FORBIDDEN";
        }
        if (body.contains("id=\"not-found\"")) {
            return "NF";
        }
        StringBuilder seen = new StringBuilder();
        for (String student : List.of("A", "C")) {
            if (work.get(student).matcher(body).find()) {
                seen.append(student);
            }
        }
        return seen.toString();
    }

    /** A browser that carries one launch's context on every request. */
    interface Browser {
        HttpResponse<String> get(String path) throws IOException, InterruptedException;
    }

    private static Browser demoLaunch(DemoLaunchClient client, ToolUnderTest tool, String course, String person, String lands)
            throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launch(jar, course, person, "da", true);
        assertTrue(launch.landingUrl().contains(lands + "?lc="), person + " landed on " + launch.landingUrl());
        return path -> client.get(tool.toolBase() + LaunchContextParam.with(path, launch.landingUrl()), jar);
    }

    /**
     * The school's administrator, who gives the teacher of a third course the consultant role on the school's page;
     * that consultant; and the other school's administrator and the consultant's namesake there.
     */
    private static Map<SchoolPerson, Browser> schoolPeople(DemoLaunchClient client, ToolUnderTest tool, LtiBrowser foreign)
            throws Exception {
        Map<SchoolPerson, Browser> people = new EnumMap<>(SchoolPerson.class);
        CookieJar jar = new CookieJar();
        LaunchResult admin = client.launch(jar, COURSE, "admin-7401", "da", true);
        assertTrue(admin.landingUrl().contains("/teacher/class.xhtml?lc="), admin.landingUrl());
        Browser adminBrowser = path -> client.get(tool.toolBase() + LaunchContextParam.with(path, admin.landingUrl()), jar);
        people.put(SchoolPerson.ADMIN, adminBrowser);
        HttpResponse<String> granted = JsfForms.submit(client, jar, tool.toolBase(), adminBrowser.get("/school/consultants.xhtml").body(),
                "typed", Map.of("typed:user-id", CONSULTANT, "typed:name", "Konsulent 7403"), "typed:grant");
        assertTrue(granted.body().contains("data-subject=\"" + CONSULTANT + "\""), granted.body());
        people.put(SchoolPerson.CONSULTANT, demoLaunch(client, tool, CONSULTANTS_COURSE, CONSULTANT, "/teacher/class.xhtml"));
        people.put(SchoolPerson.OTHER_SCHOOL_ADMIN, otherSchoolLaunch(foreign, "admin-7401", otherSchool.instructor(COURSE)
                .withRoles(Launches.INSTITUTION_ADMINISTRATOR, Launches.INSTRUCTOR, Launches.SYSTEM_ADMINISTRATOR),
                "/teacher/class.xhtml"));
        people.put(SchoolPerson.OTHER_SCHOOL_NAMESAKE, otherSchoolLaunch(foreign, CONSULTANT, otherSchool.instructor(CONSULTANTS_COURSE),
                "/teacher/class.xhtml"));
        return people;
    }

    /** A person of another school whose LMS uses the same user and course ids as the demo LMS. */
    private static Browser otherSchoolLaunch(LtiBrowser browser, String subject, Launches claims, String lands) throws Exception {
        LtiBrowser.Login login = browser.login(otherSchool, subject);
        LaunchResult launch = browser.launch(login, claims.with("sub", subject).forLogin(login).signedBy(otherSchool.key()));
        assertTrue(launch.landed() && launch.landingUrl().contains(lands + "?lc="), subject + " of the other school: "
                + launch.landingUrl() + " " + launch.body());
        return path -> browser.get(LaunchContextParam.with(path, launch.landingUrl()), login.cookies());
    }

    private static String placeModule(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
        return place(client, tool, CV_MODULE);
    }

    private static String place(DemoLaunchClient client, ToolUnderTest tool, String activity) throws Exception {
        CookieJar teacher = new CookieJar();
        LaunchResult picker = client.selectContent(teacher, null, COURSE, "da");
        assertTrue(picker.landed(), picker.body());
        assertEquals(303, new ContentPicker(client, tool.toolBase()).pick(teacher, picker.body(), List.of(activity)).statusCode());
        return DemoGradebook.of(client, tool, COURSE).linkFor(activity);
    }

    /**
     * The student sends a recorded attempt (typed answers, after consent) and the course's teacher scores and releases
     * it, so the mentor may see it too; the attempt's id.
     */
    private static String recordAndRelease(DemoLaunchClient client, ToolUnderTest tool, String link, String student)
            throws Exception {
        TusUploads http = new TusUploads(tool.toolBase());
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launchLink(jar, COURSE, link, student, "da", true);
        String lc = LaunchContextParam.of(launch.landingUrl());
        String api = tool.toolBase() + "/api/roleplay/attempts/"
                + launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        String draft = post(http, jar, api + "/draft?lc=" + lc, "POST", null, null);
        String attempt = draft.replaceAll(".*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        post(http, jar, api + "/" + attempt + "/consent?lc=" + lc, "POST", null, null);
        for (String prompt : List.of("about", "early", "question")) {
            post(http, jar, api + "/" + attempt + "/answers/" + prompt + "?lc=" + lc, "PUT", "Mit svar.", "text/plain");
        }
        post(http, jar, api + "/" + attempt + "/self?lc=" + lc, "PUT", "clear=2&interest=2&closing=2",
                "application/x-www-form-urlencoded");
        post(http, jar, api + "/" + attempt + "/send?lc=" + lc, "POST", null, null);
        CookieJar teacher = new CookieJar();
        String tlc = LaunchContextParam.of(client.launchLink(teacher, COURSE, link, "teacher-7401", "da", true).landingUrl());
        String assess = tool.toolBase() + "/api/roleplay/assessments/" + attempt;
        HttpResponse<String> scored = http.send(HttpRequest.newBuilder(URI.create(assess + "/assess?lc=" + tlc))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("level.clear=4&level.interest=2&level.closing=2")), teacher);
        assertTrue(scored.headers().firstValue("Location").orElse("").endsWith("saved=1"), scored.headers().toString());
        HttpResponse<String> released = http.send(HttpRequest.newBuilder(URI.create(assess + "/release?lc=" + tlc))
                .POST(HttpRequest.BodyPublishers.noBody()), teacher);
        assertTrue(released.headers().firstValue("Location").orElse("").endsWith("saved=1"), released.headers().toString());
        return attempt;
    }

    private static String post(TusUploads http, CookieJar jar, String address, String method, String body, String type)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request, jar);
        assertEquals(200, response.statusCode(), address + ": " + response.body());
        return response.body();
    }

    /**
     * A and C each write a career plan (A shares the support section) and send it; A's teacher comments on it. The
     * placement's id.
     */
    /** The course's teacher places a job café and gives it a time and place (every day of the coming month). */
    private static String scheduleCafe(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
        String link = place(client, tool, JOB_CAFE);
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launchLink(jar, COURSE, link, "teacher-7401", "da", true);
        assertTrue(launch.landingUrl().contains("/week/cafe.xhtml?placement="), launch.landingUrl());
        String placement = launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> saved = new TusUploads(tool.toolBase()).send(HttpRequest.newBuilder(URI.create(tool.toolBase()
                        + "/api/week/cafes/" + placement + "/schedule?lc=" + LaunchContextParam.of(launch.landingUrl())))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("weekday=" + today.getDayOfWeek().getValue()
                        + "&starts=08:00&ends=09:00&place=Lokale+1&from=" + today + "&to=" + today.plusDays(30))), jar);
        assertTrue(saved.headers().firstValue("Location").orElse("").contains("saved=schedule"), saved.headers().toString());
        return placement;
    }

    /**
     * The course's teacher places the apprenticeship search; A and C each log an application to a company named after
     * them (so a page that shows someone else's applications gives them away); the placement.
     */
    private static String logApplications(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
        String link = place(client, tool, APPRENTICESHIP_SEARCH);
        String placement = null;
        for (String student : List.of(STUDENT_A, STUDENT_C)) {
            CookieJar jar = new CookieJar();
            LaunchResult launch = client.launchLink(jar, COURSE, link, student, "da", true);
            assertTrue(launch.landingUrl().contains("/apprenticeship/search.xhtml?placement="), launch.landingUrl());
            placement = launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
            String label = student.substring("student-".length());
            HttpResponse<String> saved = new TusUploads(tool.toolBase()).send(HttpRequest.newBuilder(URI.create(
                            tool.toolBase() + "/api/apprenticeship/search/" + placement + "/applications?lc="
                                    + LaunchContextParam.of(launch.landingUrl())))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("company=Firma+for+Elev+" + label + "&channel=EMAIL&sent="
                            + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")))), jar);
            assertTrue(saved.headers().firstValue("Location").orElse("").contains("saved=application"),
                    saved.headers().toString());
        }
        return placement;
    }

    /** The course's teacher places a job-search week from the template and opens its plan; the week's placement. */
    private static String planWeek(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
        String link = place(client, tool, JOB_SEARCH_WEEK);
        LaunchResult launch = client.launchLink(new CookieJar(), COURSE, link, "teacher-7401", "da", true);
        assertTrue(launch.landingUrl().contains("/week/plan.xhtml?placement="), launch.landingUrl());
        return launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
    }

    private static String writeAndSendPlans(DemoLaunchClient client, ToolUnderTest tool) throws Exception {
        CareerPlanHttp plans = new CareerPlanHttp(client, tool);
        String link = place(client, tool, CAREER_PLAN);
        String placement = null;
        for (String student : List.of(STUDENT_A, STUDENT_C)) {
            CareerPlanHttp.Person person = plans.open(COURSE, link, student);
            plans.write(person, "strengths", "Jeg er stabil og møder til tiden.");
            plans.write(person, "support", "Jeg har brug for oplæsning.");
            plans.shareSupport(person, student.equals(STUDENT_A));
            plans.send(person);
            placement = person.placement();
        }
        CareerPlanHttp.Person teacher = plans.open(COURSE, link, "teacher-7401");
        HttpResponse<String> commented = plans.review(teacher, placement, "/students/" + STUDENT_A + "/comments",
                Map.of("version", "1", "section", "strengths", "text", "Godt."));
        assertTrue(commented.headers().firstValue("Location").orElse("").contains("saved=comment"), commented.headers().toString());
        return placement;
    }

    /** The student practises the role-play's conversation to the end; the placement's id. */
    private static String practise(DemoLaunchClient client, ToolUnderTest tool, String link, String student) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launchLink(jar, COURSE, link, student, "da", true);
        assertTrue(launch.landingUrl().contains("/roleplay/practice.xhtml?placement="), launch.landingUrl());
        String end = new RolePlayPractice(client, tool.toolBase()).walk(launch.body(), jar, "story", "plan", "first-week");
        assertTrue(end.contains("id=\"feedback-list\""), end);
        return launch.landingUrl().replaceAll(".*placement=([0-9a-f-]{36}).*", "$1");
    }

    /** The student works through the module (a reflection, the CV and the application handed in). */
    private static LaunchResult workThrough(DemoLaunchClient client, ToolUnderTest tool, String link, String student,
                                            Map<Person, Browser> people, Person as) throws Exception {
        CookieJar jar = new CookieJar();
        LaunchResult launch = client.launchLink(jar, COURSE, link, student, "da", true);
        assertTrue(launch.landingUrl().contains("/modules/play.xhtml?placement="), launch.landingUrl());
        String finished = new ModulePlayerClient(DemoLaunchClient.newHttpClient(), tool.toolBase())
                .complete(jar, launch.landingUrl(), question -> "b");
        assertTrue(finished.contains("id=\"completed\""), finished);
        people.put(as, path -> client.get(tool.toolBase() + LaunchContextParam.with(path, launch.landingUrl()), jar));
        return launch;
    }

    private static List<UUID> filesOf(String subject) throws Exception {
        try (Connection db = EmbeddedPostgresSession.dataSource().getConnection();
             PreparedStatement query = db.prepareStatement("select u.id from module_upload u join module_progress p "
                     + "on u.progress_id = p.id where p.student_subject = ? order by u.step_id")) {
            query.setString(1, subject);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** One page or resource a module declares, as the deployed EAR's contributions list it. */
    record Declared(String module, String path, String audience, int refusal, String example) {
    }

    /**
     * The declarations of every module in the EAR: its web archive unpacked, each library's (and the web archive's
     * own) service file naming its contribution, each contribution asked for its pages, in a class loader of its own.
     */
    static List<Declared> declaredPages() throws Exception {
        File ear = new File(System.getProperty("lpk.ear", "target/laerepladsklar.ear"));
        Path dir = Files.createTempDirectory("lpk-matrix");
        Path war = dir.resolve("web.war");
        try (ZipFile zip = new ZipFile(ear)) {
            ZipEntry entry = zip.stream().filter(e -> e.getName().endsWith(".war")).findFirst().orElseThrow();
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, war);
            }
        }
        List<URL> urls = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith("WEB-INF/")) {
                    continue;
                }
                Path target = dir.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(dir), entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
                    urls.add(target.toUri().toURL());
                }
            }
        }
        urls.add(0, dir.resolve("WEB-INF/classes").toUri().toURL());
        List<Declared> declared = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertTrue(loader.getResources(SERVICES).hasMoreElements(), "no module contributes pages");
            @SuppressWarnings("unchecked")
            Class<Object> contract = (Class<Object>) Class.forName("dk.laerepladsklar.kernel.access.ProtectedPages", true, loader);
            for (Object contribution : ServiceLoader.load(contract, loader)) {
                for (Object page : (List<?>) contract.getMethod("pages").invoke(contribution)) {
                    Class<?> type = page.getClass();
                    declared.add(new Declared(contribution.getClass().getSimpleName(), (String) type.getMethod("path").invoke(page),
                            String.valueOf(type.getMethod("audience").invoke(page)), (Integer) type.getMethod("refusal").invoke(page),
                            (String) type.getMethod("example").invoke(page)));
                }
            }
        }
        assertFalse(declared.isEmpty());
        return declared;
    }
}
