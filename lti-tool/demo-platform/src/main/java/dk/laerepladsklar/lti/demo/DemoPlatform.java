package dk.laerepladsklar.lti.demo;

import dk.laerepladsklar.lti.core.keys.PlatformKeySets;
import dk.laerepladsklar.lti.core.registration.PlatformEndpoints;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * Where the demo LMS and the tool live. The LMS answers on 127.0.0.1 and the tool on localhost, so the
 * browser treats them as two sites, exactly like a school's Moodle and the tool: cookies in the iframe are
 * third-party cookies. The first visit registers the demo LMS with the tool, as a school's admin would.
 */
@ApplicationScoped
public class DemoPlatform {

    public static final String PATH = "/api/demo-lms";
    public static final String CLIENT_ID = "lpk-demo-client";
    public static final String DEPLOYMENT_ID = "demo-deployment-1";

    @Inject
    Registrations registrations;
    @Inject
    PlatformKeySets platformKeys;
    @Inject
    DemoKeys keys;
    @Resource
    ManagedExecutorService executor;

    private final Set<String> registered = ConcurrentHashMap.newKeySet();

    /** The demo LMS's issuer, on 127.0.0.1 and the port the request came in on. */
    public String issuer(URI requestBase) {
        String configured = System.getProperty("lpk.demo.issuer");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return requestBase.getScheme() + "://127.0.0.1:" + port(requestBase) + PATH;
    }

    /** The tool's base URL as the demo LMS calls it: the configured public URL, else localhost. */
    public String toolBase(URI requestBase) {
        String configured = System.getProperty("lpk.public-url", System.getenv("LPK_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return requestBase.getScheme() + "://localhost:" + port(requestBase);
    }

    /**
     * Registers this demo LMS with the tool once per issuer, like an IT admin's manual registration. The first
     * launches after a start often come at once (a class clicking the link together, or the benchmark); one of
     * them registers and the others wait for it, rather than all inserting the same platform and all but one
     * failing on the unique key.
     */
    public void ensureRegistered(URI requestBase) {
        String issuer = issuer(requestBase);
        if (registered.contains(issuer)) {
            return;
        }
        synchronized (registered) {
            if (registered.contains(issuer)) {
                return;
            }
            PlatformEndpoints endpoints = new PlatformEndpoints(issuer, CLIENT_ID, "Demo-LMS", issuer + "/auth",
                    issuer + "/token", issuer + "/jwks");
            try {
                registrations.registerByOperator(endpoints, DEPLOYMENT_ID);
            } catch (RuntimeException raced) {
                // Another node of a cluster registered it at the same moment: it exists now, so this finds it.
                registrations.registerByOperator(endpoints, DEPLOYMENT_ID);
            }
            registered.add(issuer);
        }
        handKeysToTool(issuer + "/jwks");
    }

    /**
     * Has the tool fetch this LMS's public keys now, on a thread of its own, before the first id_token
     * reaches it. Otherwise the tool fetches them while validating the first launches, from this same server:
     * the fetch needs a free request thread, and a burst of first launches (a class clicking at once after a
     * restart) can hold them all while waiting for the keys, so the fetch times out (10 s) and every launch
     * in the next seconds fails with KID_NOT_FOUND. A real LMS's keys are served by another server.
     */
    private void handKeysToTool(String jwksUrl) {
        try {
            executor.execute(() -> platformKeys.key(jwksUrl, keys.kid()));
        } catch (RejectedExecutionException e) {
            // The tool then fetches the keys at the first launch, as it would from any LMS.
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }
}
