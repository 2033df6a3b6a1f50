package dk.laerepladsklar.lti.api.admin;

import java.time.Instant;

/** One admin action in the audit log: when, from which client address, what, and about what. */
public record AuditEntry(Instant occurredAt, String clientAddress, String action, String detail) {
}
