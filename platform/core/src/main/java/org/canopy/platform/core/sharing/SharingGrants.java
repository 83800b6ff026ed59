package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.identity.TenantScope;

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
    ChangeLog changeLog;

    @Inject
    Schools schools;

    private static final String MODULE_ID = "^[a-z][a-z0-9-]{1,62}$";

    @Inject
    TenantDirectory tenants;

    /** A new grant, with the hub's slug and the school's URN it was asked for by. */
    public record Granted(SharingGrant grant, String hubSlug, String schoolUrn) {
    }

    /** Checks every field of {@code input} (400 with all problems) and grants. */
    public Granted grant(GrantInput input) {
        FieldErrors errors = new FieldErrors();
        GrantInput in = input == null ? new GrantInput(null, null, null, null, null) : input;
        Optional<Tenant> hub = Optional.ofNullable(in.hub()).flatMap(tenants::findBySlug)
                .filter(t -> t.kind() == TenantKind.HUB && t.isActive());
        if (hub.isEmpty()) {
            errors.add("hub", "must be the slug of an active hub");
        }
        Optional<School> school = Optional.ofNullable(in.schoolUrn()).flatMap(schools::findByUrn);
        if (school.isEmpty()) {
            errors.add("schoolUrn", "must be the URN of one of this trust's schools");
        }
        if (in.module() == null || !in.module().matches(MODULE_ID)) {
            errors.add("module", "must be a module id such as cpd-audit");
        }
        GrantAccess level = errors.code("access", GrantAccess.class, in.access());
        if (in.access() == null) {
            errors.add("access", "must be read or contribute");
        }
        LocalDate today = England.today();
        if (in.until() == null || in.until().isBefore(today) || in.until().isAfter(today.plusYears(3))) {
            errors.add("until", "must be a date from today to three years ahead");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors.list());
        }
        return new Granted(grant(hub.get().id(), hub.get().slug(), school.get(), in.module(), level, in.until()),
                hub.get().slug(), school.get().urn());
    }

    private SharingGrant grant(UUID hub, String hubSlug, School school, String moduleId, GrantAccess access, LocalDate until) {
        SharingGrant grant = new SharingGrant(TenantScope.require().tenantId(), hub, school.id(), moduleId, access, until,
                TenantScope.require().user().username());
        em.persist(grant);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "sharing-grant", grant.id(), "granted " + hubSlug + " " + access.code()
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
                .orElseThrow(() -> new NotFound("Sharing grant " + id));
        grant.revoke();
        em.flush();
        changeLog.record(ChangeLog.Action.DELETE, "sharing-grant", id, "revoked the grant");
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
        school.ifPresent(s -> recordAccess(grant, s, hubSlug + " read " + s.urn()));
        return school;
    }

    /** Records in the owning trust's audit log (its scope entered by the caller) one request a hub made to the granted module. */
    public void recordModuleUse(SharingGrant grant, School school, String hubSlug, String request) {
        recordAccess(grant, school, hubSlug + " used " + grant.moduleId() + " on " + school.urn() + ": " + request);
    }

    private void recordAccess(SharingGrant grant, School school, String what) {
        changeLog.record(ChangeLog.Action.GRANTED_ACCESS, "school", school.id(), what + " under grant " + grant.id());
    }
}
