package dk.laerepladsklar.lti.core.deeplinking;

import com.nimbusds.jwt.JWTClaimsSet;
import dk.laerepladsklar.lti.api.Launch;
import dk.laerepladsklar.lti.api.LaunchKind;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.services.Json;
import dk.laerepladsklar.lti.core.validation.LtiClaims;
import dk.laerepladsklar.lti.core.validation.ValidatedLaunch;
import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.store.Fields;
import dk.laerepladsklar.lti.api.store.MemoryStore;
import dk.laerepladsklar.lti.api.store.SharedStore;
import dk.laerepladsklar.lti.api.store.SharedStores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The Deep Linking requests of the last hour, by launch id, in the shared store {@code deep-linking}: a request
 * that arrived on one node of a cluster is answered from any node (one write per Deep Linking launch, none for
 * other launches). The launch validator hands every validated launch here; only Deep Linking requests are kept.
 * A teacher who takes longer than {@link #LIFETIME} to choose starts again from the platform.
 */
@ApplicationScoped
public class DeepLinkingRequests {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(DeepLinkingRequests.class);

    Clock clock = Clock.systemUTC();

    private SharedStore store = new MemoryStore();

    /** In the container: the cluster's store. */
    @Inject
    public void useShared(SharedStores stores) {
        this.store = stores.store(SharedStores.DEEP_LINKING);
    }

    /** Keeps the settings if this is a Deep Linking request; answers the launch unchanged either way. */
    public ValidatedLaunch keep(ValidatedLaunch validated) {
        Launch launch = validated.launch();
        if (launch.kind() == LaunchKind.DEEP_LINKING) {
            Instant now = clock.instant();
            DeepLinkingRequest request = read(launch, validated.registration(), validated.claims(), now.plus(LIFETIME));
            if (request != null) {
                store.put(launch.id().toString(), encode(request), LIFETIME);
            }
        }
        return validated;
    }

    /** The request of this launch, unless it is unknown or older than {@link #LIFETIME}. */
    public Optional<DeepLinkingRequest> find(UUID launchId) {
        String value = launchId == null ? null : store.get(launchId.toString());
        DeepLinkingRequest request = value == null ? null : decode(launchId, value);
        return Optional.ofNullable(request).filter(r -> !r.expiredAt(clock.instant()));
    }

    /** The request's fields; the launch id is the key, the opaque {@code data} (any JSON value) is JSON text. */
    static String encode(DeepLinkingRequest request) {
        return Fields.writer().uuid(request.platform().value()).text(request.issuer()).text(request.clientId())
                .text(request.deploymentId()).text(request.returnUrl()).texts(request.acceptTypes())
                .flag(request.acceptMultiple()).flag(request.acceptLineItem())
                .text(request.data() == null ? null : Json.write(Map.of("data", request.data())))
                .text(request.title()).text(request.targetLinkUri()).number(request.expiresAt().toEpochMilli())
                .toString();
    }

    /** The request a stored value holds, or null if it cannot be read (then the teacher starts again). */
    static DeepLinkingRequest decode(UUID launchId, String value) {
        try {
            Fields.Reader in = Fields.reader(value);
            PlatformId platform = new PlatformId(in.uuid());
            String issuer = in.text();
            String clientId = in.text();
            String deploymentId = in.text();
            String returnUrl = in.text();
            var acceptTypes = in.texts();
            Boolean acceptMultiple = in.flag();
            Boolean acceptLineItem = in.flag();
            String data = in.text();
            return new DeepLinkingRequest(launchId, platform, issuer, clientId, deploymentId, returnUrl, acceptTypes,
                    acceptMultiple, acceptLineItem, data == null ? null : Json.object(data).get("data"), in.text(),
                    in.text(), Instant.ofEpochMilli(in.number()));
        } catch (ParseException | RuntimeException e) {
            LOG.warnf("DEEP_LINKING_UNREADABLE: a stored Deep Linking request could not be read (%s)", e.toString());
            return null;
        }
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
