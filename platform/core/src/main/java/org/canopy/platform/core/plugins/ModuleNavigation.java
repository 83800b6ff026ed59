package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.core.console.Frame;
import org.canopy.platform.core.console.ModuleLinks;
import org.canopy.platform.core.tenancy.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Each usable module's own navigation, under {@code m/{module}/}; a module whose navigation fails is left out. */
@ApplicationScoped
public class ModuleNavigation implements ModuleLinks {

    private static final Logger LOG = Logger.getLogger(ModuleNavigation.class.getName());

    @Inject
    ModuleEnablement enablement;

    @Inject
    PluginHost host;

    @Override
    public List<Frame.Link> of(Tenant tenant, String home, String section) {
        List<Frame.Link> links = new ArrayList<>();
        for (InstalledPlugin plugin : enablement.usable()) {
            links.addAll(moduleLinks(plugin, tenant, home, section));
        }
        return links;
    }

    private List<Frame.Link> moduleLinks(InstalledPlugin plugin, Tenant tenant, String home, String section) {
        if (plugin.consolePages().isEmpty()) {
            return List.of();
        }
        String moduleRoot = home + "m/" + plugin.id() + "/";
        try {
            return plugin.consolePages().get().navigation(host.context(plugin.id(), tenant)).stream()
                    .map((ConsoleLink link) -> new Frame.Link(link.label(), moduleRoot + link.path(),
                            section.equals("m") && link.path().isEmpty()))
                    .toList();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "navigation of module " + plugin.id() + " failed; its links are left out", e);
            return List.of();
        }
    }
}
