package dk.laerepladsklar.jobsearchweek.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.jobsearchweek.entity.JobSearchWeek;
import dk.laerepladsklar.jobsearchweek.entity.SessionDetails;
import dk.laerepladsklar.jobsearchweek.entity.WeekActivity;
import dk.laerepladsklar.jobsearchweek.entity.WeekSession;
import dk.laerepladsklar.jobsearchweek.entity.WeekTask;
import dk.laerepladsklar.lti.api.PlatformId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The run-sheet: the programme by day with times, rooms, hosts and what to bring, the due dates and the class. */
class RunSheetTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static RunSheet.Input input() {
        JobSearchWeek week = new JobSearchWeek(UUID.randomUUID(), new PlatformId(UUID.randomUUID()), "GF2",
                "Jobsøgningsuge GF2 <tømrer>", LocalDate.parse("2026-12-07"), 5, "teacher-1", NOW);
        week.theme(1, "Ansøgning og CV", NOW);
        List<WeekSession> sessions = List.of(
                new WeekSession(week, 1, LocalTime.of(8, 15), LocalTime.of(9, 0),
                        new SessionDetails("Velkommen til ugen", "Lokale Ø12", null, "Praktikpladskonsulenten", "Pas & NemID")),
                new WeekSession(week, 3, LocalTime.of(10, 0), LocalTime.of(11, 30),
                        new SessionDetails("Øvesamtale med en mester", null, "https://meet.example.org/mester", "Mester fra Byg A/S", null)));
        List<WeekActivity> activities = List.of(new WeekTask(week, "Opret profil på lærepladsen.dk",
                "https://www.laerepladsen.dk", LocalDate.parse("2026-12-08"), 1));
        return new RunSheet.Input(week, sessions, activities, List.of("Søren Ærø", "Elev 7101-2"), "GF2 Tømrer", LocalDate.parse("2026-12-01"));
    }

    @Test
    void theDanishRunSheetHasTheProgrammeRoomsHostsDueDatesAndTheClass() throws IOException {
        String text = text(RunSheet.render(input(), Locale.forLanguageTag("da")));
        for (String expected : List.of("Drejebog: Jobsøgningsuge GF2 <tømrer>", "Mandag 7. december 2026 – Ansøgning og CV",
                "08.15–09.00", "Velkommen til ugen", "Lokale Ø12", "Praktikpladskonsulenten", "Pas & NemID",
                "Onsdag 9. december 2026", "10.00–11.30", "Øvesamtale med en mester", "Online",
                "Mester fra Byg A", "Tirsdag 8. december 2026", "Ingen planlagte punkter.",
                "Opret profil på lærepladsen.dk", "Holdet (2 elever)", "Søren Ærø", "Elev 7101-2")) {
            assertTrue(text.contains(expected), "«" + expected + "» in " + text);
        }
        // a long link may wrap in the table's narrow column
        assertTrue(text.replace(" ", "").contains("https://meet.example.org/mester"), text);
    }

    @Test
    void theEnglishRunSheetSpeaksEnglishAndEscapesEveryText() throws IOException {
        String text = text(RunSheet.render(input(), Locale.ENGLISH));
        assertTrue(text.contains("Run-sheet: Jobsøgningsuge GF2 <tømrer>"), text);
        assertTrue(text.contains("Monday 7 December 2026") && text.contains("Who runs it") && text.contains("The class (2 students)"), text);
        assertFalse(text.contains("Drejebog"), text);
        String xhtml = RunSheet.xhtml(input(), Locale.ENGLISH);
        assertFalse(xhtml.contains("<tømrer>"), "a title is text, never markup");
        assertTrue(xhtml.contains("&lt;tømrer&gt;"));
    }
}
