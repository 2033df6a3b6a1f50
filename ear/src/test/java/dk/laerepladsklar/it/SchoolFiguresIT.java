package dk.laerepladsklar.it;

import static dk.laerepladsklar.it.support.ToolDatabase.one;
import static dk.laerepladsklar.it.support.ToolDatabase.update;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.it.support.DemoCourses.Person;
import dk.laerepladsklar.it.support.DemoLmsEndToEnd;
import dk.laerepladsklar.it.support.EmbeddedPostgresSession;
import dk.laerepladsklar.it.support.JsfForms;
import dk.laerepladsklar.it.support.LaunchContextParam;
import dk.laerepladsklar.it.support.Launches;
import dk.laerepladsklar.it.support.LtiBrowser;
import dk.laerepladsklar.it.support.ServerLog;
import dk.laerepladsklar.it.support.TestPlatform;
import dk.laerepladsklar.lti.demo.client.LaunchResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The school's figures end to end, on WildFly with PostgreSQL and the demo LMS: the hand-counted school of the unit
 * test ({@code modules/apprenticeship/src/test/resources/.../figures/school-40.txt}, 40 GF2 students in 2 departments
 * and 4 classes) is written into the tool's tables with SQL, as its own students' logging would have left it, and the
 * school's LMS administrator (in Danish) and its consultant (the teacher of another course, given the role on the
 * school's page, in English) read the same hand-counted numbers on the page, in the CSV and in the PDF; the class of 4
 * and the class hidden to shield it show no number anywhere. A teacher without the role, a student and a mentor are
 * refused; another school's administrator sees only their own (empty) school; a consultant's namesake at another
 * school is refused; a year that is no school year is refused with a sentence, and one without classes said so.
 *
 * <p>The demo LMS is one school for every test: the fixture's rows (students {@code figures-*}, courses 8201–8204) and
 * the consultant are removed after each test.
 */
class SchoolFiguresIT extends DemoLmsEndToEnd {

    private static final String PAGE = "/apprenticeship/figures.xhtml";
    private static final String CSV = "/api/apprenticeship/figures/figures.csv";
    private static final String PDF = "/api/apprenticeship/figures/figures.pdf";
    private static final String FIXTURE = "modules/apprenticeship/src/test/resources/dk/laerepladsklar/apprenticeship/figures/school-40.txt";
    private static final String PREFIX = "figures-";
    private static final String CONSULTANT = "teacher-8205";

    private String platform;

    @BeforeEach
    void writeTheHandCountedSchool() throws Exception {
        courses.launch("course-8201", "teacher-8201"); // the demo LMS is registered once anyone has launched
        platform = one("select id from lti_platform where client_id = 'lpk-demo-client'");
        removeTheSchool();
        seed(Files.readString(Path.of(System.getProperty("lpk.project.root", ".."), FIXTURE), StandardCharsets.UTF_8));
        assertEquals("40", one("select count(distinct student_subject) from apprenticeship_enrolment where student_subject like ?",
                PREFIX + "%"));
    }

    @AfterEach
    void removeTheSchool() throws Exception {
        for (String table : List.of("apprenticeship_status_change", "apprenticeship_placement_status",
                "apprenticeship_agreement", "apprenticeship_application", "apprenticeship_enrolment")) {
            update("delete from " + table + " where student_subject like ?", PREFIX + "%");
        }
        update("delete from apprenticeship_course_term where context_id in ('course-8201', 'course-8202', 'course-8203', "
                + "'course-8204', 'course-8299')");
        update("delete from school_role where subject = ?", CONSULTANT);
    }

    @Test
    void theAdministratorAndTheConsultantReadTheHandCountedFiguresOnThePageInTheCsvAndInThePdf() throws Exception {
        Person admin = courses.launch("course-8201", "admin-8201");
        String page = courses.page(admin, PAGE + "?year=2024");
        assertTrue(page.contains("Skolens tal for lærepladser") && page.contains("Skoleåret 2024/25"), page);
        assertTrue(page.contains("Hele skolen: 48 % – 32 procentpoint under målet på 80 %"), page);
        // Tømrer A: 12 students, 5 signed (42 %), 8 registered (67 %), 70 applications (5.8), 7 of 8 agreements held
        assertRow(page, "course-8201", "SHOWN", "Tømrer GF2 A 2024/25 <span class=\"lpk-fg-id\">(course-8201)</span>", ">12<", "5 af 12 (42 %)",
                "42 % – 38 procentpoint under målet på 80 %", "8 af 12 (67 %)", "5,8 (70 ansøgninger i alt)", "7 af 8 aftaler (88 %)");
        // the Murer class of 4, and Tømrer B hidden so that it cannot be worked out: no figure at all
        assertRow(page, "course-8203", "SMALL", "færre end 5 elever – vises ikke");
        assertRow(page, "course-8202", "SHIELD", "vises ikke, så en gruppe på færre end 5 elever ikke kan regnes ud");
        assertFalse(row(page, "course-8203").matches("(?s).*\\d+ af \\d+.*") || row(page, "course-8202").matches("(?s).*\\d+ af \\d+.*"),
                "no numbers in hidden rows");
        assertRow(page, "Bygge og anlæg", "SHOWN", ">26<", "11 af 26 (42 %)", "17 af 26 (65 %)", "4,7 (123 ansøgninger i alt)",
                "13 af 16 aftaler (81 %)");
        assertRow(page, "course-8204", "SHOWN", ">14<", "8 af 14 (57 %)", "11 af 14 (79 %)", "4,8 (67 ansøgninger i alt)",
                "8 af 9 aftaler (89 %)");
        assertRow(page, "Teknologi og transport", "SHOWN", ">14<", "8 af 14 (57 %)");
        Matcher school = Pattern.compile("(?s)<tr[^>]*data-level=\"school\"[^>]*>(.*?)</tr>").matcher(page);
        assertTrue(school.find(), page);
        for (String expected : List.of(">40<", "19 af 40 (48 %)", "28 af 40 (70 %)", "4,8 (190 ansøgninger i alt)",
                "21 af 25 aftaler (84 %)")) {
            assertTrue(school.group(1).contains(expected), expected + " in " + school.group(1));
        }
        assertRow(page, "2024/25", "SHOWN", ">40<", "19 af 40 (48 %)", "21 af 25 aftaler (84 %)");
        assertTrue(page.contains("style=\"width: 42%\"") && page.contains("style=\"left: 80%\""), "the bar and the target line");

        // the CSV: the same figures, in Danish, as numbers
        HttpResponse<byte[]> csv = courses.bytes(admin, CSV + "?year=2024");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=UTF-8", csv.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("skolens-tal-2024-25.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3), "a byte order mark");
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(List.of(
                "Afdeling;2024/25;Bygge og anlæg;;26;11;42;17;65;123;4,7;16;13;81;",
                "Hold;2024/25;Bygge og anlæg;Tømrer GF2 A 2024/25 (course-8201);12;5;42;8;67;70;5,8;8;7;88;",
                "Hold;2024/25;Bygge og anlæg;course-8202;;;;;;;;;;;vises ikke, så en gruppe på færre end 5 elever ikke kan regnes ud",
                "Hold;2024/25;Bygge og anlæg;Murer GF2 2024/25 (course-8203);;;;;;;;;;;færre end 5 elever – vises ikke",
                "Afdeling;2024/25;Teknologi og transport;;14;8;57;11;79;67;4,8;9;8;89;",
                "Hold;2024/25;Teknologi og transport;course-8204;14;8;57;11;79;67;4,8;9;8;89;",
                "Hele skolen;2024/25;;;40;19;48;28;70;190;4,8;25;21;84;"), lines.subList(1, 8));
        assertTrue(lines.contains("Skoleår i alt;2024/25;;;40;19;48;28;70;190;4,8;25;21;84;"), lines.toString());

        // the PDF: one page, the same figures
        HttpResponse<byte[]> pdf = courses.bytes(admin, PDF + "?year=2024");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("Skolens tal for lærepladser, skoleåret 2024/25",
                    "Tømrer GF2 A 2024/25 (course-8201) 12 5 af 12 (42 %) 8 af 12 (67 %) 5,8 (70 ansøgninger i alt) 7 af 8 aftaler (88 %)",
                    "Murer GF2 2024/25 (course-8203) færre end 5 elever – vises ikke",
                    "Hele skolen 40 19 af 40 (48 %) 28 af 40 (70 %) 4,8 (190 ansøgninger i alt) 21 af 25 aftaler (84 %)",
                    "Hele skolen: 48 % – 32 procentpoint under målet på 80 %")) {
                assertTrue(text.contains(expected), "«" + expected + "» in " + text);
            }
        }

        // the administrator names the consultant, who launches as the teacher of their own course, in English
        HttpResponse<String> granted = JsfForms.submit(client, admin.jar(), tool.toolBase(), courses.page(admin, "/school/consultants.xhtml"),
                "typed", Map.of("typed:user-id", CONSULTANT, "typed:name", "Karin Holm"), "typed:grant");
        assertTrue(granted.body().contains("data-subject=\"" + CONSULTANT + "\""), granted.body());
        Person consultant = courses.launch("course-8205", CONSULTANT, "en");
        String english = courses.page(consultant, PAGE + "?year=2024");
        assertTrue(english.contains("The whole school: 48% – 32 percentage points below the target of 80%"), english);
        assertRow(english, "course-8201", "SHOWN", "5 of 12 (42%)", "8 of 12 (67%)", "5.8 (70 applications in all)",
                "7 of 8 agreements (88%)");
        assertRow(english, "course-8203", "SMALL", "fewer than 5 students – not shown");
        String englishCsv = new String(courses.bytes(consultant, CSV + "?year=2024").body(), StandardCharsets.UTF_8);
        assertTrue(englishCsv.startsWith("\uFEFFLevel;School year;Department;Class;GF2 students;"), englishCsv);
        assertTrue(englishCsv.contains("\r\nClass;2024/25;Bygge og anlæg;Tømrer GF2 A 2024/25 (course-8201);12;5;42;8;67;70;5.8;8;7;88;\r\n"), englishCsv);
        try (PDDocument document = Loader.loadPDF(courses.bytes(consultant, PDF + "?year=2024").body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Tømrer GF2 A 2024/25 (course-8201) 12 5 of 12 (42%) 8 of 12 (67%) 5.8 (70 applications in all) 7 of 8 agreements (88%)"),
                    text);
        }
        // without a year: the latest school year with classes up to today's (other tests' classes may be newer), and
        // the page lists 2024/25 to choose
        assertTrue(courses.page(consultant, PAGE).contains("<option value=\"2024\""), "2024/25 to choose");
    }

    @Test
    void nobodyButTheSchoolsLeadershipGetsTheFiguresAndBadYearsAreRefusedWithASentence() throws Exception {
        // a teacher without the consultant role (of a class in the figures, even), a student and a mentor
        for (String user : List.of("teacher-8201", "student-8201-1", "mentor-8201")) {
            Person someone = courses.launch("course-8201", user);
            for (String path : List.of(PAGE, PAGE + "?year=2024", CSV + "?year=2024", PDF)) {
                assertEquals(403, courses.get(someone, path).statusCode(), user + " " + path);
            }
        }
        assertTrue(ServerLog.text().contains("Page refused: ACCESS_NOT_CONSULTANT (TEACHER) for " + PAGE));

        // another school: its administrator sees their own school, which has no figures; the consultant's namesake nothing
        try (TestPlatform otherSchool = TestPlatform.start("figures-school").registerIn(EmbeddedPostgresSession.dataSource())) {
            LtiBrowser browser = LtiBrowser.at(url);
            LtiBrowser.Login adminLogin = browser.login(otherSchool, "admin-8201");
            LaunchResult theirAdmin = browser.launch(adminLogin, otherSchool.instructor("course-8201")
                    .withRoles(Launches.INSTITUTION_ADMINISTRATOR, Launches.INSTRUCTOR, Launches.SYSTEM_ADMINISTRATOR)
                    .with("sub", "admin-8201").forLogin(adminLogin).signedBy(otherSchool.key()));
            assertTrue(theirAdmin.landed(), theirAdmin.body());
            String theirs = browser.get(LaunchContextParam.with(PAGE + "?year=2024", theirAdmin.landingUrl()), adminLogin.cookies()).body();
            assertTrue(theirs.contains("id=\"no-figures\""), theirs);
            assertFalse(theirs.contains("course-8201") || theirs.contains("Bygge og anlæg") || theirs.contains(" af 12"), theirs);
            HttpResponse<String> theirCsv = browser.get(LaunchContextParam.with(CSV + "?year=2024", theirAdmin.landingUrl()),
                    adminLogin.cookies());
            assertEquals(200, theirCsv.statusCode());
            assertEquals(1, theirCsv.body().lines().count(), "the headings alone: " + theirCsv.body());
            assertEquals(200, browser.get(LaunchContextParam.with(PDF, theirAdmin.landingUrl()), adminLogin.cookies()).statusCode());

            Person admin = courses.launch("course-8201", "admin-8201");
            JsfForms.submit(client, admin.jar(), tool.toolBase(), courses.page(admin, "/school/consultants.xhtml"), "typed",
                    Map.of("typed:user-id", CONSULTANT, "typed:name", "Karin Holm"), "typed:grant");
            LtiBrowser.Login namesakeLogin = browser.login(otherSchool, CONSULTANT);
            LaunchResult namesake = browser.launch(namesakeLogin, otherSchool.instructor("course-8205")
                    .with("sub", CONSULTANT).forLogin(namesakeLogin).signedBy(otherSchool.key()));
            assertTrue(namesake.landed(), namesake.body());
            for (String path : List.of(PAGE, CSV, PDF)) {
                assertEquals(403, browser.get(LaunchContextParam.with(path, namesake.landingUrl()), namesakeLogin.cookies())
                        .statusCode(), path);
            }
        }

        // bad years: the downloads answer 400 with a sentence, the page explains and shows a year; a year without
        // classes gives the headings (and the school over time) and the page says so
        Person admin = courses.launch("course-8201", "admin-8201");
        for (String year : List.of("abc", "1999", "20245", "2024%27%20or%201=1", "9".repeat(3000))) {
            HttpResponse<String> refused = courses.get(admin, CSV + "?year=" + year);
            assertEquals(400, refused.statusCode(), year.length() > 20 ? "a long year" : year);
            assertTrue(refused.body().contains("FIGURES_YEAR_INVALID") && refused.body().contains("fire cifre"), refused.body());
            assertEquals(400, courses.get(admin, PDF + "?year=" + year).statusCode());
            String page = courses.page(admin, PAGE + "?year=" + year);
            assertTrue(page.contains("id=\"year-invalid\"") && page.contains("Skoleåret skal skrives som fire cifre"), page);
        }
        HttpResponse<String> none = courses.get(admin, CSV + "?year=2019");
        assertEquals(200, none.statusCode());
        assertFalse(none.body().contains("2019/20") || none.body().contains("course-8201"), "the headings, then the school over time: "
                + none.body());
        assertTrue(none.body().contains("\r\nSkoleår i alt;2024/25;;;40;19;48;28;70;190;4,8;25;21;84;\r\n"), none.body());
        String missing = courses.page(admin, PAGE + "?year=2019");
        assertTrue(missing.contains("Der er ingen GF2-hold i skoleåret 2019/20."), missing);
    }

    // ---------------------------------------------------------------- the fixture as the tool's rows

    /** The row of the page's table (or over time) with this key. */
    private static String row(String page, String key) {
        Matcher m = Pattern.compile("(?s)<tr[^>]*data-key=\"" + Pattern.quote(key) + "\"[^>]*>(.*?)</tr>").matcher(page);
        assertTrue(m.find(), "no row " + key + " in " + page);
        return m.group(0);
    }

    private static void assertRow(String page, String key, String visibility, String... expected) {
        String row = row(page, key);
        assertTrue(row.contains("data-visibility=\"" + visibility + "\""), key + ": " + row);
        for (String e : expected) {
            assertTrue(row.contains(e), "«" + e + "» in " + row);
        }
    }

    /** Writes the fixture's terms, enrolments, agreements, statuses with their history and applications. */
    private void seed(String fixture) throws Exception {
        UUID school = UUID.fromString(platform);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime lastSeen = OffsetDateTime.parse("2025-01-10T08:00:00Z");
        Map<String, String> titles = new java.util.HashMap<>();
        for (String line : fixture.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String[] words = line.split(" ");
            if (words[0].equals("term")) {
                update("insert into apprenticeship_course_term (id, platform_id, context_id, department_name, gf2_ends_on, "
                        + "set_by, updated_at, version) values (?, ?, ?, ?, ?, 'teacher-8201', ?, 0)", UUID.randomUUID(), school,
                        words[1], line.split(" ", 4)[3], LocalDate.parse(words[2]), now);
                continue;
            }
            if (words[0].equals("title")) {
                titles.put(words[1], line.split(" ", 3)[2]);
                continue;
            }
            String subject = PREFIX + words[1];
            update("insert into apprenticeship_enrolment (id, platform_id, context_id, student_subject, display_name, "
                    + "course_title, first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), school,
                    words[2], subject, "Elev " + words[1], titles.get(words[2]), lastSeen.minusMonths(4), lastSeen);
            List<Object[]> steps = new ArrayList<>(); // to, effective, registered, agreement, cause
            for (int i = 3; i < words.length; i++) {
                String[] event = words[i].split("@", 2);
                String kind = event[0];
                if (kind.startsWith("apps=")) {
                    for (int k = 0; k < Integer.parseInt(kind.substring(5)); k++) {
                        update("insert into apprenticeship_application (id, platform_id, student_subject, context_id, "
                                + "company_name, channel, sent_on, status, created_at, updated_at, version) "
                                + "values (?, ?, ?, ?, ?, 'EMAIL', ?, 'SENT', ?, ?, 0)", UUID.randomUUID(), school, subject,
                                words[2], "Firma " + k, LocalDate.parse(event[1]), now, now);
                    }
                } else if (kind.startsWith("also=")) {
                    OffsetDateTime seen = LocalDate.parse(event[1]).atTime(8, 0).atOffset(ZoneOffset.UTC);
                    update("insert into apprenticeship_enrolment (id, platform_id, context_id, student_subject, display_name, "
                            + "first_seen, last_seen) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), school,
                            kind.substring(5), subject, "Elev " + words[1], seen.minusMonths(1), seen);
                } else if (kind.equals("sign")) {
                    String[] a = event[1].split(":");
                    UUID agreement = UUID.randomUUID();
                    update("insert into apprenticeship_agreement (id, platform_id, student_subject, agreement_type, "
                            + "company_name, starts_on, ends_on, probation_ends_on, created_at, version) "
                            + "values (?, ?, ?, ?, 'Mester ApS', ?, ?, ?, ?, 0)", agreement, school, subject, a[1],
                            LocalDate.parse(a[2]), date(a[3]), date(a[4]), now);
                    steps.add(new Object[] {"AGREEMENT_SIGNED", LocalDate.parse(a[0]), null, agreement, "STUDENT"});
                } else if (kind.equals("reg")) {
                    String[] d = event[1].split("/");
                    steps.add(new Object[] {"REGISTERED_SEEKING", LocalDate.parse(d[0]), LocalDate.parse(d.length > 1 ? d[1] : d[0]),
                            null, "STUDENT"});
                } else {
                    String to = kind.equals("school") ? "SCHOOL_BASED_TRAINING" : "SEEKING";
                    steps.add(new Object[] {to, LocalDate.parse(event[1]), null, null,
                            kind.equals("ended") ? "AGREEMENT_ENDED" : "STUDENT"});
                }
            }
            if (steps.isEmpty()) {
                continue; // never set a status
            }
            Object[] last = steps.get(steps.size() - 1);
            UUID status = UUID.randomUUID();
            update("insert into apprenticeship_placement_status (id, platform_id, student_subject, state, since, registered_on, "
                    + "agreement_id, updated_at, change_count, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", status, school,
                    subject, last[0], last[1], last[2], last[3], now, steps.size());
            String from = null;
            for (int i = 0; i < steps.size(); i++) {
                Object[] s = steps.get(i);
                update("insert into apprenticeship_status_change (id, status_id, sequence_no, platform_id, student_subject, "
                        + "from_state, to_state, effective_on, registered_on, agreement_id, cause, changed_by, changed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), status, i + 1, school, subject,
                        from, s[0], s[1], s[2], s[3], s[4], subject, ((LocalDate) s[1]).atTime(9, 0).atOffset(ZoneOffset.UTC));
                from = (String) s[0];
            }
        }
    }

    private static LocalDate date(String text) {
        return text.equals("-") ? null : LocalDate.parse(text);
    }
}
