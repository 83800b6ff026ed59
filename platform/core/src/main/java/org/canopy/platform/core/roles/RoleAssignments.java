package org.canopy.platform.core.roles;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.identity.Grants;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.identity.TenantScope;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The current tenant's role assignments. */
@ApplicationScoped
@Transactional
public class RoleAssignments implements Grants {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    /** Grants the role unless the same grant exists; returns whether it was new. */
    public boolean grant(String subject, String displayName, Role role, UUID schoolId) {
        String login = subject.toLowerCase(Locale.ROOT);
        if (of(login).stream().anyMatch(r -> r.sameGrant(login, role, schoolId))) {
            return false;
        }
        RoleAssignment assignment = new RoleAssignment(TenantScope.require().tenantId(), login, displayName, role, schoolId);
        em.persist(assignment);
        changeLog.record(ChangeLog.Action.CREATE, "role-assignment", login,
                "granted " + role.code() + (schoolId == null ? " over the tenant" : " over school " + schoolId));
        return true;
    }

    /** The assignments of one person (their login), in the current tenant. */
    public List<RoleAssignment> of(String subject) {
        return em.createQuery("select r from RoleAssignment r where r.subject = :subject", RoleAssignment.class)
                .setParameter("subject", subject.toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public List<AccessPolicy.Grant> grantsOf(String login) {
        return of(login).stream().map(a -> new AccessPolicy.Grant(a.role(), a.schoolId())).toList();
    }

    public List<RoleAssignment> list() {
        return em.createQuery("select r from RoleAssignment r order by r.subject, r.role", RoleAssignment.class).getResultList();
    }

    public void revoke(UUID id) {
        RoleAssignment assignment = Optional.ofNullable(em.find(RoleAssignment.class, id))
                .orElseThrow(() -> new NotFound("Role assignment " + id));
        em.remove(assignment);
        changeLog.record(ChangeLog.Action.DELETE, "role-assignment", assignment.subject(), "revoked " + assignment.role().code());
    }
}
