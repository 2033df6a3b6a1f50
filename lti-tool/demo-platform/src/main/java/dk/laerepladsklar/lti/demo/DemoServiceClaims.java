package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The service claims of a launch, as Moodle sends them: the AGS endpoint claim with the scopes the tool was
 * granted, the line items URL, and {@code lineitem} only when the link has exactly one column of this tool;
 * and the NRPS claim. A claim is left out when the tool was granted none of its scopes.
 */
public final class DemoServiceClaims {

    static final List<String> AGS_SCOPES = List.of(LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY,
            LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE);

    private DemoServiceClaims() {
    }

    /**
     * @param columns the link's columns of this tool (none for a Deep Linking request)
     */
    public static Optional<Map<String, Object>> ags(String issuer, DemoToolClient client, DemoCourse course,
                                                    List<DemoLineItem> columns) {
        return ags(issuer, client, course, columns, scope -> true);
    }

    /** @param lms which scopes the LMS grants at all just now (the services switch of {@link DemoAgsMode}) */
    public static Optional<Map<String, Object>> ags(String issuer, DemoToolClient client, DemoCourse course,
                                                    List<DemoLineItem> columns, java.util.function.Predicate<String> lms) {
        List<String> scopes = AGS_SCOPES.stream().filter(client::granted).filter(lms).toList();
        if (scopes.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("scope", scopes);
        claim.put("lineitems", issuer + "/courses/" + course.id() + "/lineitems");
        if (columns.size() == 1) {
            claim.put("lineitem", columns.get(0).url(issuer));
        }
        return Optional.of(claim);
    }

    public static Optional<Map<String, Object>> nrps(String issuer, DemoToolClient client, DemoCourse course) {
        if (!client.granted(LtiClaims.SCOPE_NRPS)) {
            return Optional.empty();
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("context_memberships_url", issuer + "/courses/" + course.id() + "/memberships");
        claim.put("service_versions", List.of("2.0"));
        return Optional.of(claim);
    }
}
