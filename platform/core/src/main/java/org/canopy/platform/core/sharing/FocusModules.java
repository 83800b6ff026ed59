package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.identity.TenantScope;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A module opened on a focus school: a hub's adviser using, on one school of a trust, the module
 * that trust granted the hub for it. There must be a grant active today for exactly that trust,
 * school and module, and the module must be started, enabled in the trust and open to the role
 * the grant gives ({@link GrantAccess#moduleRole()}). The module then runs in the trust's tenant,
 * restricted to that school, and each request is written to the trust's audit log.
 */
@ApplicationScoped
public class FocusModules {

    @Inject
    SharingGrants grants;

    @Inject
    TenantDirectory tenants;

    @Inject
    Schools schools;

    @Inject
    ModuleEnablement enablement;

    @Inject
    PluginHost host;

    /** A granted school with the module the grant is for. */
    public record FocusModule(FocusSchools.Focus focus, InstalledPlugin plugin) {

        /** The module's root in the hub's console, e.g. {@code focus-schools/riverside/100001/m/cpd-audit/}. */
        public String consoleRoot() {
            return "focus-schools/" + focus.trust().slug() + "/" + focus.school().urn() + "/m/" + plugin.id() + "/";
        }
    }

    /** The module on the school, if the hub holds a grant for it today; the caller has checked that the hub's user may use focus schools. */
    public Optional<FocusModule> find(TenantContext hub, String trustSlug, String urn, String moduleId) {
        return tenants.findBySlug(trustSlug).filter(trust -> trust.kind() == TenantKind.TRUST && trust.isActive())
                .flatMap(trust -> granted(hub, trust, urn, moduleId))
                .flatMap(focus -> module(focus, hub));
    }

    /** The granted module of {@code focus}, if the hub may open it there. */
    public Optional<FocusModule> module(FocusSchools.Focus focus, TenantContext hub) {
        return TenantScope.call(FocusSchools.inTrust(focus.trust(), hub), () -> enablement.enabled(focus.grant().moduleId()))
                .filter(plugin -> plugin.visibleTo(Set.of(focus.grant().access().moduleRole())))
                .map(plugin -> new FocusModule(focus, plugin));
    }

    /** The module's context for {@code request}, which is first recorded in the trust's audit log as granted access. */
    public ModuleContext open(FocusModule opened, TenantContext hub, HttpServletRequest request) {
        FocusSchools.Focus focus = opened.focus();
        try (TenantScope.Entered ignored = TenantScope.enter(FocusSchools.inTrust(focus.trust(), hub))) {
            grants.recordModuleUse(focus.grant(), focus.school(), hub.slug(), request.getMethod() + " " + request.getRequestURI());
        }
        return host.oneSchoolContext(opened.plugin().id(), focus.trust(), focus.school().id(),
                focus.grant().access().moduleRole(), hub.user());
    }

    /** The strongest grant active today for the school of {@code urn} in {@code trust} and the module; the school is looked up only if there is one. */
    private Optional<FocusSchools.Focus> granted(TenantContext hub, Tenant trust, String urn, String moduleId) {
        List<SharingGrant> forModule = grants.activeForHub(hub.tenantId(), England.today()).stream()
                .filter(grant -> grant.trustTenant().equals(trust.id()) && grant.moduleId().equals(moduleId))
                .toList();
        if (forModule.isEmpty()) {
            return Optional.empty();
        }
        Optional<School> school = TenantScope.call(FocusSchools.inTrust(trust, hub), () -> schools.findByUrn(urn));
        return school.flatMap(s -> forModule.stream().filter(grant -> grant.schoolId().equals(s.id()))
                .max(Comparator.comparing(SharingGrant::access))
                .map(grant -> new FocusSchools.Focus(trust, grant, s)));
    }
}
