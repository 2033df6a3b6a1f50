package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.PlanSection;
import dk.laerepladsklar.careerplan.entity.PlanSnapshot;
import dk.laerepladsklar.kernel.personaldata.StudentRef;
import dk.laerepladsklar.lti.api.PlatformId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The plan's PDF: made from the template by openhtmltopdf, read back with PDFBox as a reader's program would. */
class PlanPdfTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    static final String STRENGTH = "Jeg er god til at måle præcist på værkstedet og får lågerne til at passe første gang.";
    static final String WISH = "Jeg vil være tømrer i Århus og kan køre 40 km hver dag.";
    static final String SUPPORT = "Jeg er ordblind og bruger oplæsning, når jeg læser en ansøgning igennem.";

    static CareerPlan plan() {
        CareerPlan plan = new CareerPlan(new StudentRef(new PlatformId(UUID.randomUUID()), "s-1"), "Søren Ærø Ås", NOW);
        plan.write(PlanSection.STRENGTHS, STRENGTH + "\nEksempel: skabet på værkstedet <b>&</b> \"døren\".", NOW);
        plan.write(PlanSection.WISHES, WISH, NOW);
        plan.write(PlanSection.SUPPORT, SUPPORT, NOW);
        plan.seek("Tømrer", "Østjylland og Århus", NOW);
        plan.addStep("Ring til tre tømrermestre i Skødstrup", LocalDate.parse("2026-12-01"), NOW);
        return plan;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The fonts used on every page: their names, each marked with whether its file is embedded. */
    static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : " NOT embedded"));
                }
            }
        }
        return fonts;
    }

    @Test
    void theStudentsOwnPlanInDanishHasEverySentenceWithÆøåInTheShippedFont() throws IOException {
        CareerPlan plan = plan();
        byte[] pdf = PlanPdf.render(plan.snapshot(), new PlanPdf.Heading(plan.getStudentName(), plan.getState(), TODAY),
                Locale.forLanguageTag("da"));
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"));
        String text = text(pdf);
        for (String expected : List.of("Min karriereplan", "Karriereplan for Søren Ærø Ås", STRENGTH,
                "Eksempel: skabet på værkstedet <b>&</b> \"døren\".", WISH, SUPPORT, "Tømrer", "Østjylland og Århus",
                "Ring til tre tømrermestre i Skødstrup", "datoen er gået", "Hvem jeg er, og hvad jeg er god til")) {
            assertTrue(text.contains(expected), "the PDF says «" + expected + "»: " + text);
        }
        List<String> fonts = fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            assertTrue(font.contains("AtkinsonHyperlegible") && font.endsWith(" embedded"), font + " of " + fonts);
        }
    }

    @Test
    void aReaderTheSupportIsNotSharedWithNeverSeesItAndEnglishWorksToo() throws IOException {
        CareerPlan plan = plan();
        PlanSnapshot forReader = plan.snapshot().withoutSensitive();
        byte[] pdf = PlanPdf.render(forReader, new PlanPdf.Heading(plan.getStudentName(), plan.getState(), TODAY),
                Locale.ENGLISH);
        String text = text(pdf);
        assertTrue(text.contains("My career plan"), text);
        assertTrue(text.contains(STRENGTH), text);
        assertFalse(text.contains("ordblind"), text);
        assertFalse(text.contains("The support I need"), text);
    }

    @Test
    void theTemplateEscapesEveryWordOfTheStudent() {
        CareerPlan plan = plan();
        plan.write(PlanSection.GOALS_SOON, "<script>alert(1)</script> & ]]> <!-- x", NOW);
        String xhtml = PlanPdf.xhtml(plan.snapshot(), new PlanPdf.Heading("<i>Ole</i>", plan.getState(), TODAY),
                Locale.forLanguageTag("da"));
        assertFalse(xhtml.contains("<script>"), xhtml);
        assertFalse(xhtml.contains("<i>Ole"), xhtml);
        assertTrue(xhtml.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; &lt;!-- x"), xhtml);
    }
}
