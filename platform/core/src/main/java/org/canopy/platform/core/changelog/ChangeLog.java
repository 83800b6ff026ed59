package org.canopy.platform.core.changelog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;

import java.util.List;

/**
 * The tenant's change log (the audit log of DESIGN.md: who changed what, when). Joins the caller's
 * transaction, so a rolled-back change leaves no entry.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChangeLog {

    public enum Action { CREATE, UPDATE, DELETE, SUSPEND, REACTIVATE, GRANTED_ACCESS }

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    public void record(Action action, String entityType, Object entityId, String summary) {
        TenantContext context = TenantScope.require();
        em.persist(new ChangeLogEntry(context.tenantId(), context.user().username(), action.name(), entityType,
                String.valueOf(entityId), summary));
    }

    /** The latest events of one kind, such as every look a hub took at a shared school. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<ChangeLogEntry> latest(Action action, int limit) {
        return em.createQuery("select e from ChangeLogEntry e where e.action = :action order by e.occurredAt desc", ChangeLogEntry.class)
                .setParameter("action", action.name())
                .setMaxResults(limit)
                .getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<ChangeLogEntry> latest(int limit) {
        return em.createQuery("select e from ChangeLogEntry e order by e.occurredAt desc", ChangeLogEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
