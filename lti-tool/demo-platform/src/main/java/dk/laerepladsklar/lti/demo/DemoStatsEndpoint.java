package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of the demo LMS's service calls, for tests and the benchmark ({@code GET <issuer>/stats}):
 * <pre>
 * {"since": "2026-…Z",
 *  "tokenRequests": 12, "tokensIssued": 10,
 *  "scores": 40, "scoresAccepted": 35,
 *  "jwksFetches": 2,
 *  "agsMode": {"mode": "normal", "users": []},
 *  "calls": {"token": {"200": 10, "400": 2}, "scores": {"200": 35, "409": 5},
 *            "lineitems": {…}, "lineitem": {…}, "results": {…}, "memberships": {…}, "deepLinkReturn": {…}}}
 * </pre>
 * {@code calls} counts every answer of every service by HTTP status, refusals (401, 503, …) included.
 * {@code DELETE <issuer>/stats} sets the counts back to zero (the gradebook stays).
 */
@Path("demo-lms/stats")
public class DemoStatsEndpoint {

    @Inject
    DemoServiceStats stats;
    @Inject
    DemoToolKeySets keySets;
    @Inject
    DemoAgsMode mode;

    @GET
    public Response stats() {
        DemoMode.require();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("since", stats.since().toString());
        json.put("tokenRequests", stats.total("token"));
        json.put("tokensIssued", stats.answered("token", 200));
        json.put("scores", stats.total("scores"));
        json.put("scoresAccepted", stats.answered("scores", 200));
        json.put("jwksFetches", keySets.fetches());
        json.put("agsMode", mode.toJson());
        json.put("calls", stats.byService());
        return Response.ok(JSONObjectUtils.toJSONString(json)).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    @DELETE
    public Response reset() {
        DemoMode.require();
        stats.reset();
        return Response.noContent().build();
    }
}
