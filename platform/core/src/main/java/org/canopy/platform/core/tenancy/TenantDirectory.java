package org.canopy.platform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.changelog.ChangeLog;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.KeycloakProvisioner;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;
import org.canopy.platform.core.years.AcademicYears;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tenants (platform records) and what each has enabled. Writes that touch tenant-owned rows run in
 * the tenant's scope, which the methods here enter themselves: callers hold no tenant.
 */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    @PersistenceContext(unitName = "canopy")
    EntityManager em;

    @Inject
    ChangeLog changeLog;

    @Inject
    AcademicYears years;

    @Inject
    KeycloakProvisioner identity;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Tenant> findBySlug(String slug) {
        return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<Tenant> list() {
        return em.createQuery("select t from Tenant t order by t.slug", Tenant.class).getResultList();
    }

    /**
     * Creates the tenant with its current and previous academic years. The caller must have put the
     * new tenant's id in scope (so row-level security lets its first rows in): see {@link #scopeFor}.
     */
    public Tenant create(TenantInput.Valid input) {
        if (findBySlug(input.slug()).isPresent()) {
            throw new Conflict("A tenant with slug " + input.slug() + " already exists.");
        }
        TenantContext context = TenantScope.require();
        Tenant tenant = new Tenant(context.tenantId(), input.slug(), input.name(), input.kind());
        em.persist(tenant);
        em.flush();
        changeLog.record(ChangeLog.Action.CREATE, "tenant", tenant.slug(), "created " + input.kind().code() + " " + input.name());
        years.ensureCurrentAndPrevious(England.today());
        identity.ensureOrganization(tenant.slug(), tenant.name());
        return tenant;
    }

    /** Brings the tenant's name and kind in line with {@code input}; returns whether anything changed. */
    public boolean describe(Tenant tenant, TenantInput.Valid input) {
        if (!tenant.rename(input.name(), input.kind())) {
            return false;
        }
        changeLog.record(ChangeLog.Action.UPDATE, "tenant", tenant.slug(), "renamed to " + input.name());
        return true;
    }

    /** Creates the academic years a tenant always has; returns how many were missing. */
    public int ensureYears(LocalDate today) {
        return years.ensureCurrentAndPrevious(today);
    }

    /** Suspending blocks every request of the tenant's users at once (checked on each request). */
    public Tenant changeStatus(String slug, TenantStatus status) {
        Tenant tenant = findBySlug(slug).orElseThrow(() -> new NotFound("Tenant " + slug));
        if (tenant.status() != status) {
            tenant.changeStatus(status);
            changeLog.record(status == TenantStatus.SUSPENDED ? ChangeLog.Action.SUSPEND : ChangeLog.Action.REACTIVATE,
                    "tenant", slug, status.code());
        }
        return tenant;
    }

    /** Enables each module not yet enabled; returns the ones that changed. Runs in the tenant's scope. */
    public List<String> enableModules(Collection<String> moduleIds) {
        List<TenantModule> existing = em.createQuery("select m from TenantModule m", TenantModule.class).getResultList();
        List<String> changed = new java.util.ArrayList<>();
        for (String moduleId : moduleIds) {
            Optional<TenantModule> module = existing.stream().filter(m -> m.moduleId().equals(moduleId)).findFirst();
            if (module.isEmpty()) {
                em.persist(new TenantModule(TenantScope.require().tenantId(), moduleId));
            } else if (!module.get().enable()) {
                continue;
            }
            changeLog.record(ChangeLog.Action.UPDATE, "tenant-module", moduleId, "enabled module " + moduleId);
            changed.add(moduleId);
        }
        return changed;
    }

    /** Disables the module if enabled (its data stays); returns whether anything changed. */
    public boolean disableModule(String moduleId) {
        Optional<TenantModule> module = em.createQuery("select m from TenantModule m where m.moduleId = :id", TenantModule.class)
                .setParameter("id", moduleId).getResultStream().findFirst();
        if (module.isEmpty() || !module.get().disable()) {
            return false;
        }
        changeLog.record(ChangeLog.Action.UPDATE, "tenant-module", moduleId, "disabled module " + moduleId);
        return true;
    }

    public List<String> enabledModules() {
        return em.createQuery("select m.moduleId from TenantModule m where m.enabled = true order by m.moduleId", String.class)
                .getResultList();
    }

    /** The scope in which operator actions on {@code tenantId} run. */
    public static TenantContext scopeFor(UUID tenantId, String slug, CanopyUser actor) {
        return new TenantContext(tenantId, slug, actor);
    }
}
