package dk.laerepladsklar.lti.core.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import dk.laerepladsklar.lti.core.Origins;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One LMS registration: an issuer and the client id it gave this tool, with the platform's endpoints. */
@Entity
@Table(name = "lti_platform")
public class Platform {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String issuer;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(nullable = false)
    private String name;

    @Column(name = "auth_login_url", nullable = false)
    private String authLoginUrl;

    @Column(name = "token_url")
    private String tokenUrl;

    @Column(name = "jwks_url", nullable = false)
    private String jwksUrl;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** Extra origins allowed to frame the tool, space-separated. */
    @Column(name = "frame_origins", length = 2000)
    private String frameOrigins;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlatformStatus status;

    /** The invitation a dynamic registration came with (and so the school), or null. */
    @Column(name = "invitation_id")
    private UUID invitationId;

    protected Platform() {
    }

    public Platform(String issuer, String clientId, String name, String authLoginUrl, String tokenUrl, String jwksUrl) {
        this.id = UUID.randomUUID();
        this.issuer = requireText(issuer, "issuer");
        this.clientId = requireText(clientId, "client id");
        this.name = name == null || name.isBlank() ? issuer : name;
        this.authLoginUrl = requireUrl(authLoginUrl, "authorization endpoint");
        this.tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? null : requireUrl(tokenUrl, "token endpoint");
        this.jwksUrl = requireUrl(jwksUrl, "JWKS endpoint");
        this.registeredAt = Instant.now();
        this.status = PlatformStatus.APPROVED;
    }

    /**
     * Sets the origins that may show the tool in an iframe besides the issuer's and the auth endpoint's. Replaces
     * the earlier list: what the admin (or the import file) says now is the whole truth, so an origin taken out
     * of the file stops framing the tool.
     */
    public void replaceFrameOrigins(java.util.Collection<String> origins) {
        java.util.Set<String> all = new java.util.TreeSet<>();
        for (String origin : origins) {
            all.add(Origins.of(origin).orElseThrow(() -> new IllegalArgumentException("Not an origin: " + origin)));
        }
        frameOrigins = all.isEmpty() ? null : String.join(" ", all);
    }

    public java.util.List<String> getFrameOrigins() {
        return frameOrigins == null || frameOrigins.isBlank() ? java.util.List.of() : java.util.List.of(frameOrigins.split(" "));
    }

    /** Points the registration at new endpoints, e.g. after the platform moved: only the operator may (see Registrations). */
    void updateEndpoints(String name, String authLoginUrl, String tokenUrl, String jwksUrl) {
        this.name = name == null || name.isBlank() ? this.name : name;
        this.authLoginUrl = requireUrl(authLoginUrl, "authorization endpoint");
        this.tokenUrl = tokenUrl == null || tokenUrl.isBlank() ? null : requireUrl(tokenUrl, "token endpoint");
        this.jwksUrl = requireUrl(jwksUrl, "JWKS endpoint");
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A platform needs an " + what);
        }
        return value.strip();
    }

    private static String requireUrl(String value, String what) {
        String url = requireText(value, what);
        URI uri = URI.create(url);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("The " + what + " must be an http(s) URL: " + url);
        }
        return url;
    }

    /** Pending until the operator approves it; only then may its users launch the tool. */
    public void approve() {
        status = PlatformStatus.APPROVED;
    }

    void admitAs(PlatformStatus status, UUID invitationId) {
        this.status = Objects.requireNonNull(status, "status");
        this.invitationId = invitationId;
    }

    public PlatformStatus getStatus() {
        return status;
    }

    public UUID getInvitationId() {
        return invitationId;
    }

    public UUID getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getAuthLoginUrl() {
        return authLoginUrl;
    }

    public String getTokenUrl() {
        return tokenUrl;
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Platform other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
