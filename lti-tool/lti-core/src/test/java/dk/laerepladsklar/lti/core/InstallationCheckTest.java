package dk.laerepladsklar.lti.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.InstallationCheck.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallationCheckTest {

    private static final String KEY = "aXQtb25seSBrZXktZW5jcnlwdGlvbiBrZXksIDMyIGI=";
    private static final String URL = "https://laerepladsklar.example.dk";
    private static final String TOKEN = "0f4c2b9e8d7a6f5e4d3c2b1a0f9e8d7c";

    @Test
    void aCompleteProductionInstallationStarts() {
        assertEquals(List.of(), InstallationCheck.problems(new Settings(false, URL, TOKEN, KEY)));
        assertEquals(List.of(), InstallationCheck.problems(new Settings(false, URL + "/lpk/", null, KEY)), "admin off is fine");
    }

    @Test
    void productionWithoutAKeyEncryptionKeyIsRefused() {
        assertProblem(new Settings(false, URL, TOKEN, null), "LPK_KEY_ENCRYPTION_KEY is not set");
    }

    @Test
    void productionWithoutAPublicUrlIsRefused() {
        assertProblem(new Settings(false, null, TOKEN, KEY), "LPK_PUBLIC_URL is not set");
        assertProblem(new Settings(false, "http://laerepladsklar.example.dk", TOKEN, KEY), "must be an absolute https URL");
        assertProblem(new Settings(false, "laerepladsklar.example.dk", TOKEN, KEY), "must be an absolute https URL");
    }

    @Test
    void productionWithTheDevAdminTokenIsRefused() {
        assertProblem(new Settings(false, URL, "dev-admin-token", KEY), "development token");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertEquals(3, InstallationCheck.problems(new Settings(false, null, "dev-admin-token", null)).size());
    }

    @Test
    void devModeNeedsNoneOfIt() {
        assertEquals(List.of(), InstallationCheck.problems(new Settings(true, null, "dev-admin-token", null)));
    }

    @Test
    void aKeyEncryptionKeyThatIsSetMustBeValidEvenInDevMode() {
        assertProblem(new Settings(true, null, null, "c2hvcnQ="), "32 bytes");
        assertProblem(new Settings(false, URL, TOKEN, "%%%"), "not base64");
    }

    private static void assertProblem(Settings settings, String expected) {
        List<String> problems = InstallationCheck.problems(settings);
        assertTrue(problems.stream().anyMatch(p -> p.contains(expected)), problems.toString());
    }
}
