package dk.laerepladsklar.careerplan.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aKnownReasonInPlainWordsAndAnythingElseNothing() {
        assertTrue(Refusals.text("PLAN_COMMENT_MISSING", Locale.forLanguageTag("da")).startsWith("Skriv din kommentar"));
        assertTrue(Refusals.text("PLAN_COMMENT_MISSING", Locale.ENGLISH).startsWith("Write your comment"));
        assertEquals("", Refusals.text("PLAN_NO_SUCH_REASON", Locale.ENGLISH));
        assertEquals("", Refusals.text("offer.plan.title", Locale.ENGLISH), "not any key of the bundle");
        assertEquals("", Refusals.text("<script>", Locale.ENGLISH));
        assertEquals("", Refusals.text(null, Locale.ENGLISH));
    }
}
