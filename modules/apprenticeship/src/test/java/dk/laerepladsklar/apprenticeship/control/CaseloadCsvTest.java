package dk.laerepladsklar.apprenticeship.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.apprenticeship.entity.AgreementType;
import dk.laerepladsklar.apprenticeship.entity.PlacementState;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseloadCsvTest {

    @Test
    void formulasAreDefusedWithAnApostrophe() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CaseloadCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+45 12 34", CaseloadCsv.cell("+45 12 34"));
        assertEquals("'-2+3", CaseloadCsv.cell("-2+3"));
        assertEquals("'@SUM(A1)", CaseloadCsv.cell("@SUM(A1)"));
        assertEquals("'\tcmd", CaseloadCsv.cell("\tcmd"));
        assertEquals("\"'\r=1\"", CaseloadCsv.cell("\r=1"));
        assertEquals("Tømrer = god", CaseloadCsv.cell("Tømrer = god"), "only a leading sign runs as a formula");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"Hansen; Søn\"", CaseloadCsv.cell("Hansen; Søn"));
        assertEquals("\"Sagde \"\"ja\"\"\"", CaseloadCsv.cell("Sagde \"ja\""));
        assertEquals("\"to\nlinjer\"", CaseloadCsv.cell("to\nlinjer"));
        assertEquals("\"'=1;2\"", CaseloadCsv.cell("=1;2"));
        assertEquals("", CaseloadCsv.cell(null));
    }

    @Test
    void numbersAreNumbersEvenWhenNegative() {
        String csv = new CaseloadCsv().text("-3").number(-3).number(null).number(7).endRow().toString();
        assertEquals(CaseloadCsv.BOM + "'-3;-3;;7\r\n", csv);
    }

    @Test
    void theSheetStartsWithAByteOrderMarkAndKeepsDanishLetters() {
        CaseloadLine line = new CaseloadLine("student-1", "=Ærø Øster", "course-1", "Tømrer GF2 – hold A", "Bygge og anlæg",
                PlacementState.AGREEMENT_SIGNED, LocalDate.parse("2027-02-01"), null, 4, LocalDate.parse("2027-01-20"),
                LocalDate.parse("2027-02-01"), 2, 1, LocalDate.parse("2027-04-30"), -5, AgreementType.SHORT,
                "Tømrer & Søn", LocalDate.parse("2027-04-01"), 31, LocalDate.parse("2027-03-01"), 2,
                LocalDate.parse("2027-02-20"), false);
        String csv = CaseloadSheet.of(List.of(line), Locale.forLanguageTag("da"), CaseloadLine::name);
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String[] rows = csv.substring(1).split("\r\n");
        assertEquals(2, rows.length);
        assertTrue(rows[0].startsWith("Elev;LMS-bruger-id;Hold;Afdeling;Status;"), rows[0]);
        assertEquals(CaseloadSheet.COLUMNS.size(), rows[0].split(";", -1).length);
        String[] cells = rows[1].split(";", -1);
        assertEquals(CaseloadSheet.COLUMNS.size(), cells.length, rows[1]);
        assertEquals("'=Ærø Øster", cells[0]);
        assertEquals("Tømrer GF2 – hold A (course-1)", cells[2], "the class by its title and id");
        assertEquals("Bygge og anlæg", cells[3]);
        assertEquals("Aftale underskrevet", cells[4]);
        assertEquals("4", cells[7]);
        assertEquals("2027-04-30", cells[12]);
        assertEquals("-5", cells[13]);
        assertEquals("Kort aftale", cells[14]);
        assertEquals("Tømrer & Søn", cells[15]);
    }
}
