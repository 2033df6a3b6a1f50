package dk.laerepladsklar.lti.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The audit log of admin actions, kept in the database (so every node writes to one log) and shown on the
 * admin page. Written in a transaction of its own, so a refused or failed action is logged too.
 */
@ApplicationScoped
public class AdminAudit {

    private static final Logger LOG = Logger.getLogger(AdminAudit.class);

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String clientAddress, String action, String detail) {
        em.persist(new AdminAction(Instant.now(), clientAddress, action, detail));
        // The detail may name a student (an export or erasure of their data): it stays in the audit table, which only
        // the admin reads, and out of the server log.
        LOG.infof("Admin action %s from %s", action, clientAddress);
    }

    /** The newest actions first. */
    public List<AdminAction> recent(int max) {
        return em.createQuery("select a from AdminAction a order by a.occurredAt desc", AdminAction.class)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }
}
