package dk.laerepladsklar.lti.core.admin;

import dk.laerepladsklar.lti.api.admin.AdminAuditLog;
import dk.laerepladsklar.lti.api.admin.AuditEntry;
import dk.laerepladsklar.lti.core.audit.AdminAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The admin port's audit log: {@link AdminAudit} (each entry in a transaction of its own). */
@ApplicationScoped
public class AuditLogForAdmin implements AdminAuditLog {

    @Inject
    AdminAudit audit;

    @Override
    public void record(String clientAddress, String action, String detail) {
        audit.record(clientAddress, action, detail);
    }

    @Override
    public List<AuditEntry> recent(int max) {
        return audit.recent(max).stream()
                .map(a -> new AuditEntry(a.getOccurredAt(), a.getClientAddress(), a.getAction(), a.getDetail()))
                .toList();
    }
}
