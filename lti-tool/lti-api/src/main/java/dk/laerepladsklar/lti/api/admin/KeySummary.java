package dk.laerepladsklar.lti.api.admin;

import java.time.Instant;

/** One of the tool's signing keys as the admin sees it: its key id and age, never the key. */
public record KeySummary(String kid, Instant createdAt, boolean active) {
}
