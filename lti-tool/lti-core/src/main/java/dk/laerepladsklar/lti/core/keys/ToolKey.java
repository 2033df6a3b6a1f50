package dk.laerepladsklar.lti.core.keys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One RSA key pair of the tool, stored as a private JWK sealed by {@link PrivateKeyCipher} (rows written before
 * keys were encrypted hold the plain JWK until the next start seals them). The newest active key signs; older keys stay
 * published until they are retired, so platforms that cached them keep verifying during a rotation.
 */
@Entity
@Table(name = "lti_tool_key")
public class ToolKey {

    @Id
    private String kid;

    @Column(name = "private_jwk", nullable = false, length = 8000)
    private String privateJwk;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected ToolKey() {
    }

    ToolKey(String kid, String privateJwk, Instant createdAt) {
        this.kid = kid;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    void retire(Instant when) {
        if (retiredAt == null) {
            retiredAt = when;
        }
    }

    public String getKid() {
        return kid;
    }

    /** The stored form: sealed ({@code v1:…}) or, on a database from before encryption, the plain JWK. */
    String getPrivateJwk() {
        return privateJwk;
    }

    void replaceStoredJwk(String sealed) {
        this.privateJwk = sealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isActive() {
        return retiredAt == null;
    }
}
