package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Frame;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
    PageAnswers answers;

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
        ConsolePage answer = pages.handle(new ModuleRequest(exchange.request(), String.join("/", path.subList(1, path.size()))),
                host.context(plugin.id(), exchange.tenant()));
        answers.send(pages, answer, new InTenant(exchange, plugin));
    }

    /** Inside the console's layout, below the tenant's home and the module's title in the breadcrumbs. */
    private record InTenant(ConsoleExchange exchange, InstalledPlugin plugin) implements PageOutlet {

        private String moduleRoot() {
            return "m/" + plugin.id() + "/";
        }

        @Override
        public String base() {
            return exchange.link(moduleRoot());
        }

        @Override
        public String csrf() {
            return exchange.csrf();
        }

        @Override
        public void render(ConsolePage.View view, String body) throws IOException {
            exchange.renderInLayout(view.status(), exchange.frame(view.title(), crumbs(view.breadcrumbs())), body);
        }

        @Override
        public void redirect(String path, String flash) throws IOException {
            exchange.redirect(moduleRoot() + path, flash);
        }

        @Override
        public void download(ConsolePage.Download download) throws IOException {
            exchange.download(download.contentType(), download.filename(), download.content());
        }

        private List<Frame.Link> crumbs(List<ConsoleLink> fromModule) {
            List<Frame.Link> crumbs = new ArrayList<>(exchange.crumbs(plugin.module().title(), moduleRoot()));
            fromModule.forEach(link -> crumbs.add(Frame.Link.to(link.label(), exchange.link(moduleRoot() + link.path()))));
            return crumbs;
        }
    }
}
