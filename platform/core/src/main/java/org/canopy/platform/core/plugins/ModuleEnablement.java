package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which modules the tenant in scope uses. Enabling runs the module's {@code onEnabled} (seeding its
 * defaults) in the same transaction, so a failing seed enables nothing; disabling keeps all data.
 */
@ApplicationScoped
@Transactional
public class ModuleEnablement {

    @Inject
    TenantDirectory tenants;

    @Inject
    PluginHost host;

    @Inject
    Access access;

    public boolean isEnabled(String moduleId) {
        return tenants.enabledModules().contains(moduleId);
    }

    /** The module, if it is installed, enabled in this tenant and visible to the caller's roles here. */
    public Optional<InstalledPlugin> usable(String moduleId) {
        return enabled(moduleId).filter(this::visibleToCaller);
    }

    /** The module, if it is installed and enabled in this tenant, whoever asks (for its public pages). */
    public Optional<InstalledPlugin> enabled(String moduleId) {
        return host.started(moduleId).filter(plugin -> isEnabled(moduleId));
    }

    /** Every module the caller may use in this tenant, in the host's (dependency) order. */
    public List<InstalledPlugin> usable() {
        Set<String> enabled = Set.copyOf(tenants.enabledModules());
        return host.startedModules().stream().filter(p -> enabled.contains(p.id()) && visibleToCaller(p)).toList();
    }

    private boolean visibleToCaller(InstalledPlugin plugin) {
        return plugin.visibleTo(access.effectiveRoles().stream().map(Role::code).collect(Collectors.toSet()));
    }

    /** Enables each module; returns how many were newly enabled. Modules not installed are recorded for later. */
    public int enable(Collection<String> moduleIds) {
        List<String> enabled = tenants.enableModules(moduleIds);
        if (!enabled.isEmpty()) {
            Tenant tenant = currentTenant();
            enabled.forEach(id -> host.started(id).ifPresent(plugin -> plugin.module().onEnabled(host.context(id, tenant))));
        }
        return enabled.size();
    }

    public void disable(String moduleId) {
        if (tenants.disableModule(moduleId)) {
            host.started(moduleId).ifPresent(plugin -> plugin.module().onDisabled(host.context(moduleId, currentTenant())));
        }
    }

    private Tenant currentTenant() {
        String slug = TenantScope.require().slug();
        return tenants.findBySlug(slug).orElseThrow(() -> new NotFound("Tenant " + slug));
    }
}
