package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.audit.AuditTrail;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.TenantScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Grants between a trust and a hub. Trust-side methods run in the trust's scope and see only that
 * trust's grants; {@link #activeForHub} is the one query by hub.
 */
@ApplicationScoped
@Transactional
public class SharingGrants {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Schools schools;

    public SharingGrant grant(UUID hub, String hubSlug, School school, String moduleId, GrantAccess access, LocalDate until) {
        SharingGrant grant = new SharingGrant(TenantScope.require().tenantId(), hub, school.id(), moduleId, access, until,
                TenantScope.require().user().username());
        em.persist(grant);
        em.flush();
        audit.record(AuditTrail.Action.CREATE, "sharing-grant", grant.id(), "granted " + hubSlug + " " + access.code()
                + " access to " + school.urn() + " in " + moduleId + " until " + until);
        return grant;
    }

    /** The current trust's grants, newest first. */
    public List<SharingGrant> ofTrust() {
        return em.createQuery("select g from SharingGrant g where g.trustTenant = :trust order by g.grantedAt desc",
                SharingGrant.class).setParameter("trust", TenantScope.require().tenantId()).getResultList();
    }

    public void revoke(UUID id) {
        SharingGrant grant = Optional.ofNullable(em.find(SharingGrant.class, id))
                .filter(g -> g.trustTenant().equals(TenantScope.require().tenantId()) && !g.revoked())
                .orElseThrow(() -> ProblemException.notFound("Sharing grant " + id));
        grant.revoke();
        em.flush();
        audit.record(AuditTrail.Action.DELETE, "sharing-grant", id, "revoked the grant");
    }

    /** Grants a hub holds today, from every trust. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SharingGrant> activeForHub(UUID hub, LocalDate today) {
        return em.createQuery("select g from SharingGrant g where g.hubTenant = :hub and g.revokedAt is null"
                        + " and g.until >= :today order by g.grantedAt", SharingGrant.class)
                .setParameter("hub", hub).setParameter("today", today).getResultList();
    }

    /**
     * Reads the granted school in the owning trust's scope (entered by the caller) and records the
     * access in the trust's audit log, where the trust sees every look its hubs take.
     */
    public Optional<School> readGranted(SharingGrant grant, String hubSlug) {
        Optional<School> school = schools.find(grant.schoolId());
        school.ifPresent(s -> audit.record(AuditTrail.Action.GRANTED_ACCESS, "school", s.id(),
                hubSlug + " read " + s.urn() + " under grant " + grant.id()));
        return school;
    }
}
