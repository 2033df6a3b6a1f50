package dk.laerepladsklar.lti.core.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.services.Json;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import dk.laerepladsklar.lti.core.validation.ValidatedLaunch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Deep Linking requests of the last hour, by launch id, in memory. The launch validator hands every
 * validated launch here; only Deep Linking requests are kept. A teacher who takes longer than
 * {@link #LIFETIME} to choose starts again from the platform.
 */
@ApplicationScoped
public class DeepLinkingRequests {

    static final Duration LIFETIME = Duration.ofHours(1);

    Clock clock = Clock.systemUTC();

    private final Map<UUID, DeepLinkingRequest> requests = new ConcurrentHashMap<>();

    /** Keeps the settings if this is a Deep Linking request; answers the launch unchanged either way. */
    public ValidatedLaunch keep(ValidatedLaunch validated) {
        Launch launch = validated.launch();
        if (launch.kind() == LaunchKind.DEEP_LINKING) {
            Instant now = clock.instant();
            requests.values().removeIf(request -> request.expiredAt(now));
            DeepLinkingRequest request = read(launch, validated.registration(), validated.claims(), now.plus(LIFETIME));
            if (request != null) {
                requests.put(launch.id(), request);
            }
        }
        return validated;
    }

    /** The request of this launch, unless it is unknown or older than {@link #LIFETIME}. */
    public Optional<DeepLinkingRequest> find(UUID launchId) {
        DeepLinkingRequest request = launchId == null ? null : requests.get(launchId);
        if (request != null && request.expiredAt(clock.instant())) {
            requests.remove(launchId, request);
            return Optional.empty();
        }
        return Optional.ofNullable(request);
    }

    private static DeepLinkingRequest read(Launch launch, Registration registration, JWTClaimsSet claims, Instant expiresAt) {
        Map<String, Object> settings = Json.child(claims.getClaims(), LtiClaims.DEEP_LINKING_SETTINGS);
        if (settings == null || Json.text(settings, "deep_link_return_url") == null) {
            return null; // the validator refuses such a request; nothing to answer
        }
        Object types = settings.get("accept_types");
        return new DeepLinkingRequest(launch.id(), registration.platformId(), registration.issuer(), registration.clientId(),
                launch.deploymentId(), Json.text(settings, "deep_link_return_url"),
                types == null ? null : Json.texts(types),
                flag(settings.get("accept_multiple")), flag(settings.get("accept_lineitem")),
                settings.get("data"), Json.text(settings, "title"),
                claims.getClaim(LtiClaims.TARGET_LINK_URI) instanceof String target ? target : null,
                expiresAt);
    }

    /** A JSON boolean, or the strings "true"/"false" some platforms send. */
    private static Boolean flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && !text.isBlank()) {
            return Boolean.parseBoolean(text.strip());
        }
        return null;
    }
}
