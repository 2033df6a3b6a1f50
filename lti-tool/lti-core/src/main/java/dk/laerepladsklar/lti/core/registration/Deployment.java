package dk.laerepladsklar.lti.core.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One install of the tool on a platform (site-wide, or a course in Canvas). A client id has many. */
@Entity
@Table(name = "lti_deployment")
public class Deployment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "platform_id")
    private Platform platform;

    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Deployment() {
    }

    public Deployment(Platform platform, String deploymentId) {
        this.id = UUID.randomUUID();
        this.platform = Objects.requireNonNull(platform, "platform");
        if (deploymentId == null || deploymentId.isBlank()) {
            throw new IllegalArgumentException("A deployment needs an id");
        }
        this.deploymentId = deploymentId.strip();
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public Platform getPlatform() {
        return platform;
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
