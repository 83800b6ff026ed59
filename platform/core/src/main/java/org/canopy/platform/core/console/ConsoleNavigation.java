package org.canopy.platform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.Tenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every page in a tenant: the navigation is what this user may use here (the core's
 * sections for their roles, then each enabled module's pages), so nobody is shown a link to a 403.
 */
@ApplicationScoped
public class ConsoleNavigation {

    @Inject
    Access access;

    @Inject
    ModuleLinks modules;

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
        links.addAll(modules.of(tenant, home, section));
        return new Frame(tenant.name(), root, user.name(), tenant.name(), home, links, List.of(),
                ConsoleSession.takeFlash(request), ConsoleSession.csrf(request.getSession(true)));
    }
}
