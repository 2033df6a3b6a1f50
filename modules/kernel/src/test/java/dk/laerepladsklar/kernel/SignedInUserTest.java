package dk.laerepladsklar.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    private static final String ID = "AbCdEfGhIjKlMnOpQrStUv";

    @Test
    void theContextIsAddedOnceBeforeAnyFragment() {
        assertEquals("/student/home.xhtml?lc=" + ID, SignedInUser.withContext("/student/home.xhtml", ID));
        assertEquals("/modules/play.xhtml?placement=1&lc=" + ID + "#top",
                SignedInUser.withContext("/modules/play.xhtml?placement=1#top", ID));
        assertEquals("/x.xhtml?lc=other", SignedInUser.withContext("/x.xhtml?lc=other", ID));
        assertEquals("/x.xhtml", SignedInUser.withContext("/x.xhtml", ""));
    }

    @Test
    void theIdIsReadFromTheQueryStringOnly() {
        assertEquals(ID, SignedInUser.idIn("placement=1&lc=" + ID));
        assertEquals(ID, SignedInUser.idIn("lc=" + ID));
        assertNull(SignedInUser.idIn("xlc=" + ID));
        assertNull(SignedInUser.idIn(null));
        assertNull(SignedInUser.idIn(""));
    }

    @Test
    void studentsWithoutNamesGetAStableLabel() {
        Locale da = Locale.forLanguageTag("da");
        assertEquals("Elev 4", StudentLabels.label("4", da));
        assertEquals("Student 4", StudentLabels.label("4", Locale.ENGLISH));
        assertEquals(StudentLabels.label("a3f0c1d2-uuid", da), StudentLabels.label("a3f0c1d2-uuid", da));
        assertEquals(10, StudentLabels.label("a3f0c1d2-uuid", da).length());
        assertEquals("Ali Hassan", StudentLabels.nameOrLabel("Ali Hassan", "4", da));
        assertEquals("Elev 4", StudentLabels.nameOrLabel(" ", "4", da));
    }
}
