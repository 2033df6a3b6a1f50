package dk.laerepladsklar.lti.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.PlatformRegistration;
import dk.laerepladsklar.lti.api.admin.PlatformSummary;
import dk.laerepladsklar.lti.core.registration.PlatformStatus;
import dk.laerepladsklar.lti.core.registration.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlatformsForAdminTest {

    private static Registration registration(PlatformStatus status) {
        return new Registration(new PlatformId(UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2")),
                "https://moodle.school.example", "client-1", "Moodle", "https://moodle.school.example/auth",
                "https://moodle.school.example/token", "https://moodle.school.example/jwks", Set.of("d2", "d1", "d3"),
                List.of("https://frame.example"), Instant.EPOCH, status);
    }

    @Test
    void aSummaryCarriesWhatTheAdminSeesAndNothingSecret() {
        PlatformSummary summary = PlatformsForAdmin.summary(registration(PlatformStatus.PENDING));

        assertEquals("7d444840-9dc0-11d1-b245-5ffdce74fad2", summary.platformId().toString());
        assertEquals("https://moodle.school.example", summary.issuer());
        assertEquals("client-1", summary.clientId());
        assertEquals("Moodle", summary.name());
        assertEquals(Set.of("d1", "d2", "d3"), summary.deploymentIds());
        assertFalse(summary.approved());
        assertTrue(PlatformsForAdmin.summary(registration(PlatformStatus.APPROVED)).approved());
    }

    @Test
    void theAuditLineIsTheOneTheAdminApiWrites() {
        // Sorted deployments, so the same platform always reads the same in the audit log.
        assertEquals("https://moodle.school.example client_id client-1 deployments [d1, d2, d3]",
                PlatformsForAdmin.summary(registration(PlatformStatus.APPROVED)).description());
    }

    @Test
    void aHandMadeRegistrationBecomesTheRegistrationFilesJson() {
        Map<String, Object> json = PlatformsForAdmin.json(new PlatformRegistration("https://canvas.example", "c-9", null,
                "https://canvas.example/auth", "", "https://canvas.example/jwks", List.of("a", "b"), null));

        assertEquals(List.of("issuer", "client_id", "name", "auth_login_url", "token_url", "jwks_url", "deployment_ids",
                "frame_origins"), List.copyOf(json.keySet()));
        assertEquals("https://canvas.example", json.get("issuer"));
        assertEquals("c-9", json.get("client_id"));
        assertEquals(null, json.get("name"));
        assertEquals("", json.get("token_url"));
        assertEquals(List.of("a", "b"), json.get("deployment_ids"));
        assertEquals(List.of(), json.get("frame_origins"));
    }
}
