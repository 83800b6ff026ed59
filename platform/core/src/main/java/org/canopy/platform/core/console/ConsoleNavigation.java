package org.canopy.platform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.tenancy.Tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The frame of every page in a tenant: the navigation is what this user may use here (the core's
 * sections for their roles, then each enabled module's pages), so nobody is shown a link to a 403.
 */
@ApplicationScoped
public class ConsoleNavigation {

    private static final Logger LOG = Logger.getLogger(ConsoleNavigation.class.getName());

    @Inject
    Access access;

    @Inject
    ModuleEnablement enablement;

    @Inject
    PluginHost host;

    @Inject
    @Any
    Instance<ConsoleSection> sections;

    Frame frame(HttpServletRequest request, ConsoleUser user, Tenant tenant, String section) {
        String root = request.getContextPath();
        String home = root + "/t/" + tenant.slug() + "/";
        List<Frame.Link> links = new ArrayList<>();
        links.add(new Frame.Link("Home", home, section.isEmpty()));
        AccessPolicy policy = access.policy();
        sections.stream().filter(s -> s.navigationLabel().isPresent() && s.openTo(policy, tenant.kind()))
                .sorted(Comparator.comparingInt(ConsoleSection::order))
                .forEach(s -> links.add(new Frame.Link(s.navigationLabel().get(), home + s.segment(), s.segment().equals(section))));
        for (InstalledPlugin plugin : enablement.usable()) {
            links.addAll(moduleLinks(plugin, tenant, home, section));
        }
        return new Frame(tenant.name(), root, user.name(), tenant.name(), home, links, List.of(),
                ConsoleSession.takeFlash(request), ConsoleSession.csrf(request.getSession(true)));
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
