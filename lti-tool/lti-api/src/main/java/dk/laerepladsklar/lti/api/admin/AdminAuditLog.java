package dk.laerepladsklar.lti.api.admin;

import java.util.List;

/** The audit log of admin actions; a refused or failed action is recorded too. */
public interface AdminAuditLog {

    /** @param action UPPER_SNAKE, e.g. PLATFORM_APPROVED */
    void record(String clientAddress, String action, String detail);

    /** The newest entries first, at most {@code max}. */
    List<AuditEntry> recent(int max);
}
