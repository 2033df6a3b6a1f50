package dk.laerepladsklar.lti.web;

import com.nimbusds.jose.util.JSONObjectUtils;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The tool's public keys, which platforms use to check the tool's signed messages and assertions. */
@Path("lti/jwks")
public class JwksEndpoint {

    @Inject
    ToolKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response jwks() {
        return Response.ok(JSONObjectUtils.toJSONString(keys.publicJwks()))
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
