package dk.laerepladsklar.gradebook.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class GradebookStatusTest {

    private static final Locale DA = Locale.forLanguageTag("da");

    @Test
    void aParkedScoreIsExplainedInTheTeachersLanguage() {
        assertTrue(GradebookStatus.advice("NO_GRADEBOOK_COLUMN", DA).startsWith("Linket har ingen kolonne"),
                GradebookStatus.advice("NO_GRADEBOOK_COLUMN", DA));
        assertTrue(GradebookStatus.advice("NO_GRADEBOOK_COLUMN", Locale.ENGLISH).startsWith("The link has no column"));
        assertTrue(GradebookStatus.advice("NO_SCORE_SCOPE", Locale.ENGLISH).contains("grade sync"));
    }

    @Test
    void aPlatformsAnswerIsExplainedByItsSymbolAndAnUnknownCodeStillGetsASentence() {
        assertEquals(GradebookStatus.advice("NOT_A_STUDENT", DA), GradebookStatus.advice("HTTP 422 NOT_A_STUDENT", DA));
        String other = GradebookStatus.advice("HTTP 418 SOMETHING_NEW", Locale.ENGLISH);
        assertTrue(other.contains("mention the code"), other);
        assertEquals(other, GradebookStatus.advice(null, Locale.ENGLISH));
        assertEquals(other, GradebookStatus.advice("   ", Locale.ENGLISH));
        assertNotEquals(other, GradebookStatus.advice("HTTP 404 LINE_ITEM_GONE", Locale.ENGLISH));
    }

    @Test
    void everyReasonHasADanishAndAnEnglishSentence() throws Exception {
        Properties da = load("messages_da.properties");
        Properties en = load("messages_en.properties");
        Properties base = load("messages.properties");
        assertEquals(base.keySet(), da.keySet());
        assertEquals(base.keySet(), en.keySet());
        for (String reason : new String[] {OutboxWorker.NO_GRADEBOOK_COLUMN, OutboxWorker.NO_SCORE_SCOPE,
                OutboxWorker.COLUMN_NOT_CREATED, OutboxWorker.PLACEMENT_GONE}) {
            assertTrue(base.containsKey("advice." + reason), reason);
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (var in = new java.io.InputStreamReader(GradebookStatusTest.class.getResourceAsStream(
                "/dk/laerepladsklar/gradebook/" + name), java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
