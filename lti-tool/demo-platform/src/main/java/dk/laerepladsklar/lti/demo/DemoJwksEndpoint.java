package dk.laerepladsklar.lti.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The demo LMS's public keys, which the tool fetches to verify id_tokens. */
@Path("demo-lms/jwks")
public class DemoJwksEndpoint {

    @Inject
    DemoKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        DemoMode.require();
        return JSONObjectUtils.toJSONString(keys.publicJwks());
    }
}
