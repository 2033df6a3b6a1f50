package dk.laerepladsklar.lti.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoServiceClaimsTest {

    private static final String ISSUER = "http://127.0.0.1:8080/api/demo-lms";
    private static final DemoCourse COURSE = new DemoDirectory().mainCourse();

    private static DemoToolClient client(List<String> scopes) {
        return new DemoToolClient("dyn-1", "d-1", "http://t/login", List.of("http://t/launch"), "http://t/jwks",
                "http://t/", null, "Tool", scopes);
    }

    private static DemoLineItem column(int number) {
        return new DemoLineItem(COURSE.id(), number, "dyn-1", "Col " + number, 100, null, null, "link-x", null, null);
    }

    @Test
    void theLineItemIsSentOnlyForExactlyOneColumn() {
        DemoToolClient all = client(DemoToolClients.ALL_SCOPES);

        Map<String, Object> none = DemoServiceClaims.ags(ISSUER, all, COURSE, List.of()).orElseThrow();
        Map<String, Object> one = DemoServiceClaims.ags(ISSUER, all, COURSE, List.of(column(3))).orElseThrow();
        Map<String, Object> two = DemoServiceClaims.ags(ISSUER, all, COURSE, List.of(column(3), column(4))).orElseThrow();

        assertEquals(ISSUER + "/courses/tomrer-gf2/lineitems", none.get("lineitems"));
        assertFalse(none.containsKey("lineitem"));
        assertEquals(ISSUER + "/courses/tomrer-gf2/lineitems/3?type_id=dyn-1", one.get("lineitem"));
        assertFalse(two.containsKey("lineitem"));
        assertEquals(DemoServiceClaims.AGS_SCOPES, one.get("scope"));
    }

    @Test
    void onlyGrantedScopesAndServicesAreSent() {
        DemoToolClient gradeSyncOnly = client(List.of(LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_RESULT_READONLY));

        assertEquals(List.of(LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE),
                DemoServiceClaims.ags(ISSUER, gradeSyncOnly, COURSE, List.of()).orElseThrow().get("scope"));
        assertTrue(DemoServiceClaims.nrps(ISSUER, gradeSyncOnly, COURSE).isEmpty());
        assertTrue(DemoServiceClaims.ags(ISSUER, client(List.of(LtiClaims.SCOPE_NRPS)), COURSE, List.of()).isEmpty());
    }

    @Test
    void theNrpsClaimPointsAtTheCoursesMemberships() {
        Map<String, Object> nrps = DemoServiceClaims.nrps(ISSUER, client(List.of(LtiClaims.SCOPE_NRPS)), COURSE).orElseThrow();

        assertEquals(ISSUER + "/courses/tomrer-gf2/memberships", nrps.get("context_memberships_url"));
        assertEquals(List.of("2.0"), nrps.get("service_versions"));
    }
}
