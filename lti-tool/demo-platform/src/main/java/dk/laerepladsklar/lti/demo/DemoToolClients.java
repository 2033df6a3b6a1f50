package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.validation.LtiClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The tools the demo LMS knows, held in memory: the built-in client and dynamically registered ones. */
@ApplicationScoped
public class DemoToolClients {

    @Inject
    DemoPlatform platform;

    private final Map<String, DemoToolClient> registered = new ConcurrentHashMap<>();
    private final AtomicInteger deployments = new AtomicInteger();

    /** Every service scope the demo LMS offers; the built-in client has them all. */
    public static final List<String> ALL_SCOPES = List.of(LtiClaims.SCOPE_LINEITEM, LtiClaims.SCOPE_LINEITEM_READONLY,
            LtiClaims.SCOPE_RESULT_READONLY, LtiClaims.SCOPE_SCORE, LtiClaims.SCOPE_NRPS);

    /** The client the demo LMS was set up with by hand (and registered in the tool's database), with every service. */
    public DemoToolClient builtIn(URI requestBase) {
        String tool = platform.toolBase(requestBase);
        return new DemoToolClient(DemoPlatform.CLIENT_ID, DemoPlatform.DEPLOYMENT_ID, tool + "/api/lti/login",
                List.of(tool + "/api/lti/launch"), tool + "/api/lti/jwks", tool + "/", tool + "/", "Lærepladsklar",
                ALL_SCOPES);
    }

    public Optional<DemoToolClient> find(String clientId, URI requestBase) {
        if (DemoPlatform.CLIENT_ID.equals(clientId)) {
            return Optional.of(builtIn(requestBase));
        }
        return Optional.ofNullable(clientId == null ? null : registered.get(clientId));
    }

    DemoToolClient add(String loginUri, List<String> redirectUris, String jwksUri, String targetLinkUri,
                       String deepLinkingUri, String name, List<String> scopes) {
        int n = deployments.incrementAndGet();
        String clientId = "dyn-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        DemoToolClient client = new DemoToolClient(clientId, "dyn-deployment-" + n, loginUri, redirectUris, jwksUri,
                targetLinkUri, deepLinkingUri, name, scopes);
        registered.put(clientId, client);
        return client;
    }

    public List<DemoToolClient> registered() {
        return new ArrayList<>(registered.values());
    }
}
