package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel.Contribution;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The links between modules in the tenant in scope: the improvement priorities that an enabled module
 * owns, and what each enabled module puts behind them. Every module answers in its own context and
 * schema, under the tenant's row-level security; a module that fails adds nothing (and is logged).
 */
@ApplicationScoped
public class PriorityLinks {

    private static final Logger LOG = Logger.getLogger(PriorityLinks.class.getName());

    @Inject
    PluginHost host;

    @Inject
    TenantDirectory tenants;

    public List<ImprovementPriority> priorities(UUID school, String academicYear) {
        return ask(plugin -> plugin.links().priorities() != null, "priorities",
                (owner, context) -> owner.links().priorities().priorities(context, school, academicYear));
    }

    public Optional<ImprovementPriority> priority(UUID id) {
        return ask(plugin -> plugin.links().priorities() != null, "priorities",
                (owner, context) -> owner.links().priorities().byIds(context, List.of(id))).stream()
                .filter(priority -> priority.id().equals(id)).findFirst();
    }

    public List<Contribution> contributions(Collection<UUID> priorities) {
        if (priorities.isEmpty()) {
            return List.of();
        }
        Set<UUID> asked = Set.copyOf(priorities);
        return ask(plugin -> plugin.links().contributions() != null, "contributions",
                (plugin, context) -> plugin.links().contributions().contributions(context, asked).stream()
                        .filter(contribution -> asked.contains(contribution.priority()))
                        .map(contribution -> new Contribution(plugin.id(), plugin.module().title(), contribution)).toList());
    }

    /** What each enabled module that {@code answers} says, each in its own context. */
    private <T> List<T> ask(Predicate<InstalledPlugin> answers, String what, BiFunction<InstalledPlugin, ModuleContext, List<T>> read) {
        List<T> said = new ArrayList<>();
        Tenant tenant = currentTenant();
        for (InstalledPlugin plugin : enabled()) {
            if (!answers.test(plugin)) {
                continue;
            }
            try {
                said.addAll(read.apply(plugin, host.platformContext(plugin.id(), tenant)));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, what + " of module " + plugin.id() + " failed", e);
            }
        }
        return List.copyOf(said);
    }

    private List<InstalledPlugin> enabled() {
        Set<String> enabled = Set.copyOf(tenants.enabledModules());
        return host.startedModules().stream().filter(plugin -> enabled.contains(plugin.id())).toList();
    }

    private Tenant currentTenant() {
        String slug = TenantScope.require().slug();
        return tenants.findBySlug(slug).orElseThrow(() -> new IllegalStateException("no tenant " + slug));
    }
}
