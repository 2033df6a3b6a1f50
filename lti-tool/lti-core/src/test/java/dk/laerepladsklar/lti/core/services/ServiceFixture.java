package dk.laerepladsklar.lti.core.services;

import com.nimbusds.jose.jwk.RSAKey;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.core.keys.TestToolKeys;
import dk.laerepladsklar.lti.core.keys.ToolKeys;
import dk.laerepladsklar.lti.core.net.OutboundPolicy;
import dk.laerepladsklar.lti.core.net.PlatformHttp;
import dk.laerepladsklar.lti.core.registration.Platform;
import dk.laerepladsklar.lti.core.registration.Registrations;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The tool's service clients wired against a {@link FakePlatform}, registered like a Moodle site, with the
 * tool's keys in memory: {@code ServiceFixture.against(platform).calls}.
 */
public final class ServiceFixture {

    public static final String CLIENT_ID = "lpk-moodle-client";

    public final Platform registered;
    public final PlatformId platformId;
    public final ToolKeys toolKeys = TestToolKeys.withOneKey();
    public final AccessTokens tokens = new AccessTokens();
    public final ServiceCalls calls = new ServiceCalls();

    private ServiceFixture(FakePlatform platform) {
        registered = new Platform(platform.issuer(), CLIENT_ID, "Skolens Moodle", platform.url("/mod/lti/auth.php"),
                platform.url(FakePlatform.TOKEN_PATH), platform.url("/mod/lti/certs.php"));
        platformId = new PlatformId(registered.getId());
        tokens.registrations = new Registrations() {
            @Override
            public Optional<Platform> platform(PlatformId id) {
                return id.equals(platformId) ? Optional.of(registered) : Optional.empty();
            }
        };
        tokens.toolKeys = toolKeys;
        calls.tokens = tokens;
        calls.registrations = tokens.registrations;
        // The fake platform is on 127.0.0.1 over http: allowed in dev mode only, as with the demo LMS.
        tokens.http = PlatformHttp.with(new OutboundPolicy(true, false));
        calls.http = tokens.http;
    }

    public static ServiceFixture against(FakePlatform platform) {
        return new ServiceFixture(platform);
    }

    /** How long the tool waits for the platform's answer (short, for timeout tests). */
    public ServiceFixture waitingAtMost(Duration timeout) {
        tokens.timeout = timeout;
        calls.timeout = timeout;
        return this;
    }

    public ServiceFixture withClock(Clock clock) {
        tokens.clock = clock;
        return this;
    }

    public RSAKey toolPublicKey() {
        return TestToolKeys.publicKey(toolKeys);
    }
}
