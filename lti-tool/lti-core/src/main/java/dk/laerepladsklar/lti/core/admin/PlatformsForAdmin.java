package dk.laerepladsklar.lti.core.admin;

import dk.laerepladsklar.lti.api.PlatformId;
import dk.laerepladsklar.lti.api.admin.PlatformAdministration;
import dk.laerepladsklar.lti.api.admin.PlatformName;
import dk.laerepladsklar.lti.api.admin.PlatformRegistration;
import dk.laerepladsklar.lti.api.admin.PlatformSummary;
import dk.laerepladsklar.lti.core.registration.Registration;
import dk.laerepladsklar.lti.core.registration.RegistrationImport;
import dk.laerepladsklar.lti.core.registration.RegistrationPolicy;
import dk.laerepladsklar.lti.core.registration.Registrations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The admin port's platforms: {@link Registrations}, {@link RegistrationImport} and {@link RegistrationPolicy}. */
@ApplicationScoped
public class PlatformsForAdmin implements PlatformAdministration {

    @Inject
    Registrations registrations;
    @Inject
    RegistrationImport registrationImport;
    @Inject
    RegistrationPolicy registrationPolicy;

    @Override
    public List<PlatformSummary> all() {
        // The snapshots, not the entities: they carry the deployments, as launches see them.
        return registrations.all().stream()
                .map(p -> registrations.find(p.getIssuer(), p.getClientId()).orElse(null))
                .filter(Objects::nonNull).map(PlatformsForAdmin::summary).toList();
    }

    @Override
    public List<PlatformName> names() {
        return registrations.all().stream()
                .map(p -> new PlatformName(new PlatformId(p.getId()), p.getName(), p.getIssuer(), p.getClientId()))
                .toList();
    }

    @Override
    public Optional<PlatformSummary> find(String issuer, String clientId) {
        return registrations.find(issuer, clientId).map(PlatformsForAdmin::summary);
    }

    @Override
    public boolean isRegistered(PlatformId id) {
        return registrations.platform(id).isPresent();
    }

    @Override
    public PlatformSummary register(PlatformRegistration registration) {
        return summary(registrationImport.importOne(json(registration)));
    }

    @Override
    public int registerAll(String json) {
        return registrationImport.importAll(json).size();
    }

    @Override
    public Optional<PlatformSummary> approve(PlatformId id) {
        return registrations.approve(id).map(PlatformsForAdmin::summary);
    }

    @Override
    public boolean openRegistration() {
        return registrationPolicy.openRegistration();
    }

    /** The registration file's JSON form, so a hand-made registration is checked by the very same import. */
    static Map<String, Object> json(PlatformRegistration registration) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("issuer", registration.issuer());
        json.put("client_id", registration.clientId());
        json.put("name", registration.name());
        json.put("auth_login_url", registration.authLoginUrl());
        json.put("token_url", registration.tokenUrl());
        json.put("jwks_url", registration.jwksUrl());
        json.put("deployment_ids", registration.deploymentIds());
        json.put("frame_origins", registration.frameOrigins());
        return json;
    }

    public static PlatformSummary summary(Registration registration) {
        return new PlatformSummary(registration.platformId(), registration.issuer(), registration.clientId(),
                registration.name(), registration.deploymentIds(), registration.approved());
    }
}
