package dk.laerepladsklar.kernel.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The part a page's address names, read from the query string alone, and the link's words in both languages. */
class WholeLinkTest {

    private static final UUID PART = UUID.fromString("0b7e8a52-3f0e-4c55-9d0e-6a1f2b3c4d5e");

    @Test
    void thePlacementIsReadFromTheQueryStringWhereverItStands() {
        assertEquals(PART, WholeLink.placementIn("placement=" + PART + "&lc=abc"));
        assertEquals(PART, WholeLink.placementIn("lc=abc&step=3&placement=" + PART));
        assertEquals(PART, WholeLink.placementIn("placement=" + PART.toString().toUpperCase(Locale.ROOT)));
    }

    @Test
    void anythingElseNamesNoPart() {
        assertNull(WholeLink.placementIn(null));
        assertNull(WholeLink.placementIn(""));
        assertNull(WholeLink.placementIn("lc=abc"));
        assertNull(WholeLink.placementIn("placement=not-an-id&lc=abc"));
        assertNull(WholeLink.placementIn("placement=%3Cscript%3E"));
        assertNull(WholeLink.placementIn("myplacement=" + PART), "only the parameter itself");
        assertNull(WholeLink.placementIn("placement=" + PART + "x".repeat(2000)));
    }

    @Test
    void theLinkSaysWhereItGoesInDanishAndEnglish() {
        assertEquals("Tilbage til Jobsøgningsuge 12", MessageFormat.format(ResourceBundle.getBundle(WholeLink.BUNDLE,
                Locale.forLanguageTag("da")).getString("part.backToWhole"), "Jobsøgningsuge 12"));
        assertEquals("Back to Job-search week 12", MessageFormat.format(ResourceBundle.getBundle(WholeLink.BUNDLE,
                Locale.ENGLISH).getString("part.backToWhole"), "Job-search week 12"));
    }
}
