package dk.laerepladsklar.careerplan.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.careerplan.entity.CareerPlan;
import dk.laerepladsklar.careerplan.entity.CareerProfile;
import dk.laerepladsklar.careerplan.entity.ProfileContent;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
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
}
