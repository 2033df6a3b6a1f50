package dk.laerepladsklar.lti.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing an operator did (or tried): when, from which address, what, and to what. Never changed once written. */
@Entity
@Table(name = "lti_admin_audit")
public class AdminAction {

    static final int MAX_DETAIL = 1000;

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "client_address", nullable = false, length = 100)
    private String clientAddress;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(length = MAX_DETAIL)
    private String detail;

    protected AdminAction() {
    }

    AdminAction(Instant occurredAt, String clientAddress, String action, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.clientAddress = clip(clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress, 100);
        this.action = clip(action, 100);
        this.detail = detail == null ? null : clip(detail, MAX_DETAIL);
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    /** A symbolic name such as {@code PLATFORM_REGISTERED}, {@code KEY_ROTATED}, {@code SIGN_IN_FAILED}. */
    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
