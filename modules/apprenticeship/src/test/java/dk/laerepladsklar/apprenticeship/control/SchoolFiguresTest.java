package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.apprenticeship.control.FigureRow.Visibility;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The school's figures against the hand-counted school of {@code figures/school-40.txt}: 40 GF2 students, the
 * department "Bygge og anlæg" with Tømrer A (course-8201, 12), Tømrer B (course-8202, 10) and Murer (course-8203, 4),
 * whose GF2 ends 2025-01-24 (8 weeks before: 2024-11-29), and "Teknologi og transport" with Automekaniker
 * (course-8204, 14), whose GF2 ends 2025-06-20 (8 weeks before: 2025-04-25). Every number below was counted by hand
 * from that file, student by student; the count is in the comment above it.
 */
class SchoolFiguresTest {

    /** Any day after the fixture's last date gives the same figures (the IT runs on the real today). */
    static final LocalDate TODAY = LocalDate.parse("2026-06-01");
    static final SchoolYear YEAR = new SchoolYear(2024);

    private static YearFigures year() {
        SchoolFigures figures = SchoolFigures.of(SchoolFixture.school40(), TODAY);
        assertEquals(List.of(YEAR), figures.years(), "every class ends GF2 in the school year 2024/25");
        return figures.year(YEAR).orElseThrow();
    }

    private static FigureRow row(YearFigures year, String key) {
        return year.rows().stream().filter(r -> r.level() != FigureRow.Level.SCHOOL && r.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key));
    }

    @Test
    void tomrerAIsCountedStudentByStudent() {
        FigureRow a = row(year(), "course-8201");
        // students: a01..a12 = 12 (a03 also opened the search from course-8299, which has no term: still here, once;
        //   c05 also opened it from here, but last from course-8204: counted there)
        // agreement when GF2 ends (2025-01-24): a01 a02 (signed in November), a03 (signed 01-14), a04 (signed on the
        //   very day, 01-24), a08 (01-19) = 5; not: a05 a06 a07 (registered, no agreement), a09 (no status at all),
        //   a10 (short agreement ended 01-17, back to seeking 01-18), a11 (left the agreement 12-19), a12 (signed 02-14,
        //   after GF2)
        // registered or signed on 2024-11-29: a01 a02 (signed), a03 (registered 11-24), a04 (registered on the day),
        //   a05 (11-08), a07 (told the tool 12-09, registered on lærepladsen.dk 11-26), a10 (short agreement running),
        //   a11 (agreement running then) = 8; not: a06 (12-06), a08 (12-02), a09, a12
        // applications sent by 2025-01-24: 6+4+8+5+10+3+7+9+0+4+2+12 = 70 (a01's 1 and a12's 2 in February not counted)
        // agreements whose probation has passed: a01 a02 a03 a04 a08 a10 a11 a12 = 8; still running after it: all but
        //   a11 (left 2024-12-19, probation to 2025-01-23) = 7 (a10's short agreement ran to 01-17, past probation 12-15)
        assertEquals(new Tally(12, 5, 8, 70, 8, 7), a.tally());
        assertEquals(Visibility.SHOWN, a.visibility());
        assertEquals(42, a.tally().signedPercent());        // 5/12 = 41.7 %
        assertEquals(67, a.tally().registeredPercent());    // 8/12 = 66.7 %
        assertEquals(58, a.tally().applicationsPerStudentTenths()); // 70/12 = 5.83
        assertEquals(88, a.tally().runningPercent());       // 7/8 = 87.5 %, half up
    }

    @Test
    void tomrerBAndTheMurerClassAreCountedButHidden() {
        YearFigures year = year();
        FigureRow b = row(year, "course-8202");
        // signed when GF2 ends: b01 b02 b03 b09 (short agreement from 01-27 to 05-26, signed 01-04) = 4; not b10 (short
        //   agreement ended 01-01), b08 (school-based training), b04 b05 b06 b07
        // registered by 11-29: b01 b02 b03 b04 b05 (11-28) b10 (signed 11-24) = 6; not b06 (11-30), b07 b08 b09
        // applications: 5+5+6+4+4+2+1+3+7+6 = 43
        // agreements past probation: b01 b02 b03 b09 b10 = 5; running after it: all but b10 (ended on its probation's
        //   last day, 01-01) = 4
        assertEquals(new Tally(10, 4, 6, 43, 5, 4), b.tally());
        FigureRow m = row(year, "course-8203");
        // signed: m01, m04 (second agreement 01-21, a remainder agreement) = 2; registered: m01 m02 m04 (first agreement
        //   running on 11-29) = 3; applications 3+2+0+5 = 10; agreements past probation: m01, m04's first, m04's second
        //   = 3, running: m01, m04's second = 2 (m04 left the first on 12-09, within its probation to 01-03)
        assertEquals(new Tally(4, 2, 3, 10, 3, 2), m.tally());
        // the Murer class has 4 students: hidden. Left alone, "Bygge og anlæg" minus Tømrer A and B would give it, so
        // the department's smallest other class, Tømrer B (10 < 12), is hidden too
        assertEquals(Visibility.SMALL, m.visibility());
        assertEquals(Visibility.SHIELD, b.visibility());
        assertTrue(row(year, "course-8201").shown());
    }

    @Test
    void departmentsAndTheSchoolAddUpTheirClasses() {
        YearFigures year = year();
        FigureRow building = row(year, "Bygge og anlæg");
        // A + B + Murer: 12+10+4 = 26 students, 5+4+2 = 11 signed (42.3 %), 8+6+3 = 17 registered (65.4 %),
        // 70+43+10 = 123 applications (4.73 per student), 8+5+3 = 16 agreements past probation, 7+4+2 = 13 running (81.25 %)
        assertEquals(new Tally(26, 11, 17, 123, 16, 13), building.tally());
        assertTrue(building.shown(), "minus Tømrer A it gives B and Murer together: 14 students");
        assertEquals(List.of(42, 65, 47, 81), List.of(building.tally().signedPercent(), building.tally().registeredPercent(),
                building.tally().applicationsPerStudentTenths(), building.tally().runningPercent()));

        FigureRow auto = row(year, "course-8204");
        // signed when GF2 ends (06-20): c01 c02 c03 c04 c05 (06-19) c06 c07 c13 = 8; not c11 (short agreement ended
        //   06-13), c12 (left 05-26), c08 c09 c10 c14
        // registered or signed on 04-25: c01 c02 c03 (signed 04-10, never registered) c04 c05 (registered on the day)
        //   c06 c08 (told 05-02, registered 04-22) c09 c11 c12 c13 = 11; not c07 (05-05), c10 (05-20), c14
        // applications by 06-20: 4+6+3+5+7+4+8+6+9+2+5+3+4+1 = 67 (c09's 3 in July not counted)
        // agreements past probation: c01..c07, c11, c12 = 9 (c13's has no probation date: not counted); running: all
        //   but c12 (left 05-26, probation to 06-16) = 8
        assertEquals(new Tally(14, 8, 11, 67, 9, 8), auto.tally());
        assertEquals(List.of(57, 79, 48, 89), List.of(auto.tally().signedPercent(), auto.tally().registeredPercent(),
                auto.tally().applicationsPerStudentTenths(), auto.tally().runningPercent()));
        FigureRow transport = row(year, "Teknologi og transport");
        assertEquals(auto.tally(), transport.tally());
        assertTrue(transport.shown() && auto.shown());

        FigureRow school = year.total();
        // 26 + 14 = 40 students, 11 + 8 = 19 signed (47.5 % → 48), 17 + 11 = 28 registered (70 %), 123 + 67 = 190
        // applications (4.75 → 4.8), 16 + 9 = 25 agreements past probation, 13 + 8 = 21 running (84 %)
        assertEquals(new Tally(40, 19, 28, 190, 25, 21), school.tally());
        assertTrue(school.shown());
        assertEquals(List.of(48, 70, 48, 84), List.of(school.tally().signedPercent(), school.tally().registeredPercent(),
                school.tally().applicationsPerStudentTenths(), school.tally().runningPercent()));
        assertFalse(school.targetMet(), "48 % is below 80 %");
        assertFalse(school.inProgress());
    }

    @Test
    void theFiguresOverTimeAreTheSchoolYearsTotals() {
        SchoolFigures figures = SchoolFigures.of(SchoolFixture.school40(), TODAY);
        assertEquals(List.of(new Tally(40, 19, 28, 190, 25, 21)), figures.overTime().stream().map(FigureRow::tally).toList());
        assertEquals(YEAR, figures.defaultYear(TODAY).orElseThrow(), "no classes in 2025/26: the latest year before");
    }

    @Test
    void theRowsReadAsThePageWritesThem() {
        YearFigures year = year();
        FigureTexts da = new FigureTexts(Locale.forLanguageTag("da"));
        FigureRow a = row(year, "course-8201");
        assertEquals("5 af 12 (42 %)", da.signed(a));
        assertEquals("42 % – 38 procentpoint under målet på 80 %", da.signedAgainstTarget(a));
        assertEquals("8 af 12 (67 %)", da.registered(a));
        assertEquals("5,8 (70 ansøgninger i alt)", da.applications(a));
        assertEquals("7 af 8 aftaler (88 %)", da.probation(a));
        assertEquals("færre end 5 elever – vises ikke", da.hidden(row(year, "course-8203")));
        assertEquals("vises ikke, så en gruppe på færre end 5 elever ikke kan regnes ud", da.hidden(row(year, "course-8202")));
        FigureTexts en = new FigureTexts(Locale.ENGLISH);
        assertEquals("48% – 32 percentage points below the target of 80%", en.signedAgainstTarget(year.total()));
        assertEquals("4.8 (190 applications in all)", en.applications(year.total()));
        assertEquals("fewer than 5 students – not shown", en.hidden(row(year, "course-8203")));
    }

    @Test
    void theCsvHasTheNumbersOfShownRowsOnlyWithAByteOrderMark() {
        SchoolFigures figures = SchoolFigures.of(SchoolFixture.school40(), TODAY);
        String csv = FiguresCsv.of(figures.year(YEAR).orElseThrow(), figures.overTime(),
                new FigureTexts(Locale.forLanguageTag("da")));
        assertTrue(csv.startsWith("\uFEFFNiveau;Skoleår;Afdeling;Hold;GF2-elever;"), csv);
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(List.of(
                "Niveau;Skoleår;Afdeling;Hold;GF2-elever;Aftale når GF2 slutter;Aftale når GF2 slutter (%);Tilmeldt 8 uger før;"
                        + "Tilmeldt 8 uger før (%);Ansøgninger;Ansøgninger pr. elev;Aftaler efter prøvetiden;Heraf stadig i gang;"
                        + "Stadig i gang (%);Bemærkning",
                "Afdeling;2024/25;Bygge og anlæg;;26;11;42;17;65;123;4,7;16;13;81;",
                "Hold;2024/25;Bygge og anlæg;Tømrer GF2 A 2024/25 (course-8201);12;5;42;8;67;70;5,8;8;7;88;",
                "Hold;2024/25;Bygge og anlæg;course-8202;;;;;;;;;;;vises ikke, så en gruppe på færre end 5 elever ikke kan regnes ud",
                "Hold;2024/25;Bygge og anlæg;Murer GF2 2024/25 (course-8203);;;;;;;;;;;færre end 5 elever – vises ikke",
                "Afdeling;2024/25;Teknologi og transport;;14;8;57;11;79;67;4,8;9;8;89;",
                "Hold;2024/25;Teknologi og transport;course-8204;14;8;57;11;79;67;4,8;9;8;89;",
                "Hele skolen;2024/25;;;40;19;48;28;70;190;4,8;25;21;84;",
                "Skoleår i alt;2024/25;;;40;19;48;28;70;190;4,8;25;21;84;"), lines);
        assertTrue(csv.contains("\r\n"), "rows end as spreadsheets expect");
    }

    @Test
    void aClassIsNamedByTheNewestTitleTheLmsSentBesideItsId() {
        FigureInput input = SchoolFixture.school40();
        List<FigureInput.Enrolment> enrolments = new java.util.ArrayList<>(input.enrolments());
        // a later launch of one student of Tømrer A sent the course's new title; one without a title changes nothing
        enrolments.add(new FigureInput.Enrolment("a01", "course-8201", SchoolFixture.LAST_SEEN.plusSeconds(60),
                "Tømrer GF2 A 2024/25 <omdøbt>"));
        enrolments.add(new FigureInput.Enrolment("a02", "course-8201", SchoolFixture.LAST_SEEN.plusSeconds(120), null));
        FigureInput renamed = new FigureInput(input.terms(), enrolments, input.steps(), input.agreements(),
                input.applications());
        YearFigures year = SchoolFigures.of(renamed, TODAY).year(YEAR).orElseThrow();
        FigureTexts da = new FigureTexts(Locale.forLanguageTag("da"));
        assertEquals("Tømrer GF2 A 2024/25 <omdøbt> (course-8201)", da.label(row(year, "course-8201")));
        assertEquals("course-8202", da.label(row(year, "course-8202")), "no title sent: the id");
        assertEquals("Murer GF2 2024/25 (course-8203)", da.label(row(year, "course-8203")), "a hidden class keeps its name");
        assertEquals("Murer GF2 2024/25", da.name(row(year, "course-8203")));
        assertEquals("(course-8203)", da.idBeside(row(year, "course-8203")));
        assertEquals("Hold course-8202", da.name(row(year, "course-8202")), "without a title the id says it is a class");
        assertEquals("", da.idBeside(row(year, "course-8202")));
        assertEquals(12, row(year, "course-8201").tally().students(), "the same students: a title is no enrolment");
        String page = FiguresPdf.xhtml(year, List.of(), TODAY, da);
        assertTrue(page.contains(">Tømrer GF2 A 2024/25 &lt;omdøbt&gt; <span class=\"id\">(course-8201)</span>"),
                "escaped in the PDF's page, the id kept on one line: " + page);
        assertTrue(page.contains(">Hold course-8202<"), "no title: the id alone");
    }

    @Test
    void aDepartmentNamedLikeAFormulaIsWrittenAsText() {
        FigureInput input = SchoolFixture.parse("""
                term course-8290 2025-01-24 =HYPERLINK("http://evil.example";"klik")
                title course-8290 @SUM(1+1)
                student x1 course-8290 seek@2024-08-12
                student x2 course-8290 seek@2024-08-12
                student x3 course-8290 seek@2024-08-12
                student x4 course-8290 seek@2024-08-12
                student x5 course-8290 seek@2024-08-12
                """);
        SchoolFigures figures = SchoolFigures.of(input, TODAY);
        String csv = FiguresCsv.of(figures.year(YEAR).orElseThrow(), figures.overTime(), new FigureTexts(Locale.ENGLISH));
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\")\";"), csv);
        assertFalse(csv.contains(";=HYPERLINK"), csv);
        assertTrue(csv.contains(";'@SUM(1+1) (course-8290);"), "a title like a formula too: " + csv);
    }

    @Test
    void theOnePagePdfShowsTheSameFiguresInTheReadersLanguage() throws IOException {
        SchoolFigures figures = SchoolFigures.of(SchoolFixture.school40(), TODAY);
        YearFigures year = figures.year(YEAR).orElseThrow();
        byte[] danish = FiguresPdf.render(year, figures.overTime(), TODAY, new FigureTexts(Locale.forLanguageTag("da")));
        try (PDDocument pdf = Loader.loadPDF(danish)) {
            assertEquals(1, pdf.getNumberOfPages(), "one page");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String expected : List.of("Skolens tal for lærepladser, skoleåret 2024/25", "Udskrevet 1. juni 2026",
                    "Tømrer GF2 A 2024/25 (course-8201) 12 5 af 12 (42 %) 8 af 12 (67 %) 5,8 (70 ansøgninger i alt) 7 af 8 aftaler (88 %)",
                    "Hold course-8202 vises ikke, så en gruppe på færre end 5 elever ikke kan regnes ud",
                    "Murer GF2 2024/25 (course-8203) færre end 5 elever – vises ikke",
                    "Bygge og anlæg 26 11 af 26 (42 %) 17 af 26 (65 %) 4,7 (123 ansøgninger i alt) 13 af 16 aftaler (81 %)",
                    "Hele skolen 40 19 af 40 (48 %) 28 af 40 (70 %) 4,8 (190 ansøgninger i alt) 21 af 25 aftaler (84 %)",
                    "Hele skolen: 48 % – 32 procentpoint under målet på 80 %", "2024/25 40 19 af 40 (48 %)")) {
                assertTrue(text.contains(expected), "«" + expected + "» in " + text);
            }
            assertFalse(text.contains("4 af 4") || text.contains("2 af 4") || text.contains("4 af 10"),
                    "nothing of a hidden class: " + text);
        }
        String english = RunText.of(FiguresPdf.render(year, figures.overTime(), TODAY, new FigureTexts(Locale.ENGLISH)));
        assertTrue(english.contains("The school's apprenticeship figures, school year 2024/25")
                && english.contains("The whole school: 48% – 32 percentage points below the target of 80%"), english);
    }

    @Test
    void aYearWithoutClassesGivesTheHeadingsAndAPageSayingSo() throws IOException {
        SchoolFigures figures = SchoolFigures.of(SchoolFixture.school40(), TODAY);
        FigureTexts da = new FigureTexts(Locale.forLanguageTag("da"));
        YearFigures none = figures.year(new SchoolYear(2019)).orElse(YearFigures.empty(new SchoolYear(2019)));
        List<String> lines = FiguresCsv.of(none, figures.overTime(), da).substring(1).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("Skoleår i alt;2024/25;;;40;"), lines.toString());
        String text = RunText.of(FiguresPdf.render(none, figures.overTime(), TODAY, da));
        assertTrue(text.contains("Der er ingen GF2-hold i skoleåret 2019/20.") && !text.contains("Hele skolen:"), text);
    }

    /** A PDF's text, spaces folded. */
    static final class RunText {
        static String of(byte[] pdf) throws IOException {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
        }
    }
}
