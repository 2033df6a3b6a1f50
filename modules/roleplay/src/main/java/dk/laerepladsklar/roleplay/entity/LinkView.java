package dk.laerepladsklar.roleplay.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One opening of a master's link, logged with its time and nothing about who opened it (no address, no browser): the
 * student and teacher see how often and when. It also carries the hash of a nonce the page's comment form sends back,
 * so a comment is only ever saved from a page that was really shown (and counted) for this link.
 */
@Entity
@Table(name = "roleplay_master_view")
public class LinkView {

    @Id
    private UUID id;

    @Column(name = "link_id", nullable = false)
    private UUID linkId;

    @Column(name = "viewed_at", nullable = false)
    private Instant viewedAt;

    @Column(name = "nonce_hash", nullable = false, length = 64)
    private String nonceHash;

    protected LinkView() {
    }

    public LinkView(UUID linkId, String nonceHash, Instant viewedAt) {
        this.id = UUID.randomUUID();
        this.linkId = Objects.requireNonNull(linkId, "link");
        this.nonceHash = Objects.requireNonNull(nonceHash, "nonce");
        this.viewedAt = viewedAt;
    }

    public UUID getLinkId() {
        return linkId;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
