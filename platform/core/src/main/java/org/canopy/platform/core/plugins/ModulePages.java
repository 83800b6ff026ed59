package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Frame;
import org.canopy.platform.core.console.Templates;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Modules' console pages, {@code /t/{tenant}/m/{module}/…}: the module answers through its
 * {@link ConsolePages} with one of its own templates, which the core renders from the plugin's
 * class loader and puts inside the layout. A module that is not enabled here, not for this
 * user's roles, or without pages answers 404.
 */
@ApplicationScoped
public class ModulePages implements ConsoleSection {

    @Inject
    ModuleEnablement enablement;

    @Inject
    PluginHost host;

    @Inject
    Templates templates;

    @Override
    public String segment() {
        return "m";
    }

    @Override
    public boolean openTo(AccessPolicy policy, TenantKind kind) {
        return true;
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        List<String> path = exchange.path();
        InstalledPlugin plugin = (path.isEmpty() ? Optional.<InstalledPlugin>empty() : enablement.usable(path.get(0)))
                .filter(p -> p.consolePages().isPresent())
                .orElseThrow(() -> ProblemException.notFound("Module page"));
        ConsolePages pages = plugin.consolePages().get();
        String moduleRoot = "m/" + plugin.id() + "/";
        ConsolePage answer = pages.handle(new Request(exchange, String.join("/", path.subList(1, path.size()))),
                host.context(plugin.id(), exchange.tenant()));
        if (answer instanceof ConsolePage.View view) {
            Map<String, Object> model = new HashMap<>(view.model());
            Frame frame = exchange.frame(view.title(), crumbs(exchange, plugin, moduleRoot, view.breadcrumbs()));
            model.put("csrf", frame.csrf());
            model.put("base", exchange.link(moduleRoot));
            exchange.renderInLayout(view.status(), frame, templates.plugin(pages, view.template(), model));
        } else if (answer instanceof ConsolePage.Redirect redirect) {
            exchange.redirect(moduleRoot + redirect.path(), redirect.flash());
        } else {
            throw ProblemException.notFound("Module page");
        }
    }

    private static List<Frame.Link> crumbs(ConsoleExchange exchange, InstalledPlugin plugin, String moduleRoot,
                                           List<ConsoleLink> fromModule) {
        List<Frame.Link> crumbs = new ArrayList<>(exchange.crumbs(plugin.module().title(), moduleRoot));
        fromModule.forEach(link -> crumbs.add(Frame.Link.to(link.label(), exchange.link(moduleRoot + link.path()))));
        return crumbs;
    }

    /** The module's view of the request: method, path below its root, parameters. */
    private record Request(ConsoleExchange exchange, String path) implements ConsoleRequest {

        @Override
        public String method() {
            return exchange.request().getMethod();
        }

        @Override
        public Optional<String> parameter(String name) {
            return exchange.parameter(name);
        }

        @Override
        public List<String> parameters(String name) {
            String[] values = exchange.request().getParameterValues(name);
            return values == null ? List.of() : Arrays.asList(values);
        }
    }
}
