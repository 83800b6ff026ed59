package org.canopy.platform.core.roles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.audit.AuditTrail;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.tenancy.TenantScope;

import java.util.List;
import java.util.UUID;

/** The current tenant's role assignments. */
@ApplicationScoped
@Transactional
public class RoleAssignments {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Grants the role unless the same grant exists; returns whether it was new. */
    public boolean grant(String subject, String displayName, Role role, UUID schoolId) {
        List<RoleAssignment> existing = em.createQuery("select r from RoleAssignment r where r.subject = :subject",
                RoleAssignment.class).setParameter("subject", subject).getResultList();
        if (existing.stream().anyMatch(r -> r.sameGrant(subject, role, schoolId))) {
            return false;
        }
        RoleAssignment assignment = new RoleAssignment(TenantScope.require().tenantId(), subject, displayName, role, schoolId);
        em.persist(assignment);
        audit.record(AuditTrail.Action.CREATE, "role-assignment", subject,
                "granted " + role.code() + (schoolId == null ? " over the tenant" : " over school " + schoolId));
        return true;
    }
}
