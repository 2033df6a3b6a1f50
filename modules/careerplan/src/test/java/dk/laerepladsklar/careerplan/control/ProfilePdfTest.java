package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.ProfileContent;
import dk.laerepladsklar.kernel.pdf.PdfDocument;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The profile's PDF: the student's words with æ, ø, å in the shipped font, and never the plan's sensitive parts. */
class ProfilePdfTest {

    @Test
    void theProfileInDanishHasItsWordsAndNothingOfTheSupportSection() throws IOException {
        CareerPlan plan = PlanPdfTest.plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, PlanPdfTest.NOW);
        profile.edit(new ProfileContent("Søren Ærø Ås", List.of(
                new ProfileContent.Strength("Præcis på værkstedet", "Lågerne på mit skab passede første gang."),
                new ProfileContent.Strength("Mødestabil", "Jeg kom til tiden hver dag i min praktik i Ølstykke.")),
                "Tømrer", "Østjylland", "Tlf. 22 33 44 55\nsøren@eksempel.dk"), plan.snapshot(), PlanPdfTest.NOW);
        byte[] pdf = ProfilePdf.render(profile, PlanPdfTest.TODAY, Locale.forLanguageTag("da"));
        String text = PlanPdfTest.text(pdf);
        for (String expected : List.of("Elevprofil", "Søren Ærø Ås", "Søger læreplads som Tømrer · Østjylland",
                "Præcis på værkstedet", "Lågerne på mit skab passede første gang.", "Ølstykke", "søren@eksempel.dk")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("ordblind"), text);
        for (String font : PlanPdfTest.fonts(pdf)) {
            assertTrue(font.contains("AtkinsonHyperlegible") && font.endsWith(" embedded"), font);
        }
        assertTrue(PlanPdfTest.text(ProfilePdf.render(profile, PlanPdfTest.TODAY, Locale.ENGLISH))
                .contains("Looking for an apprenticeship as Tømrer"));
    }

    @Test
    void thePhotoOfTheWorkIsPrintedOnThePageAndNothingIsFetched() throws Exception {
        CareerPlan plan = PlanPdfTest.plan();
        CareerProfile profile = CareerProfile.draftFrom(plan, PlanPdfTest.NOW);
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x80, 0x40));
        g.fillRect(0, 0, 320, 200);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        byte[] pdf = ProfilePdf.render(profile, new ProfilePdf.Photo(png.toByteArray(), "image/png"), PlanPdfTest.TODAY,
                Locale.forLanguageTag("da"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDImageXObject> images = new java.util.ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject x) {
                    images.add(x);
                }
            }
            assertEquals(1, images.size(), "the photo is in the PDF");
            assertEquals(320, images.get(0).getWidth());
        }
        assertThrows(IllegalArgumentException.class, () -> new ProfilePdf.Photo(new byte[10], "image/webp"));
        // a page that names an outside image loads nothing (the render does not fail, and nothing is fetched)
        String xhtml = ProfilePdf.xhtml(profile, PlanPdfTest.TODAY, Locale.forLanguageTag("da"))
                .replace("<body>", "<body><img src=\"http://127.0.0.1:9/x.png\"/><img src=\"file:///etc/passwd\"/>");
        assertTrue(PlanPdfTest.text(PdfDocument.render(xhtml)).contains("Elevprofil"));
    }
}
