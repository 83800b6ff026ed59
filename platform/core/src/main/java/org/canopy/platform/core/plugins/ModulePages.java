package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.core.console.ConsoleExchange;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.console.Frame;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * Modules' console pages, {@code /t/{tenant}/m/{module}/…}: the module answers through its
 * {@link ConsolePages} with one of its own templates, which the core renders from the plugin's
 * class loader and puts inside the layout. A module that is not enabled here, not for this
 * user's roles, or without pages answers 404. Other sections mount modules' pages elsewhere with
 * {@link #serve} (a hub's focus schools).
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

    /** Where a module's pages hang in a tenant's console: their root (a path in the tenant, ending in {@code /}) and the breadcrumbs down to it. */
    public record Mount(String root, List<Frame.Link> crumbs) {
    }

    @Override
    public void handle(ConsoleExchange exchange) throws IOException {
        List<String> path = exchange.path();
        InstalledPlugin plugin = (path.isEmpty() ? Optional.<InstalledPlugin>empty() : enablement.usable(path.get(0)))
                .orElseThrow(() -> ProblemException.notFound("Module page"));
        String root = "m/" + plugin.id() + "/";
        serve(exchange, plugin, host.context(plugin.id(), exchange.tenant()), path.subList(1, path.size()),
                new Mount(root, exchange.crumbs(plugin.module().title(), root)));
    }

    /**
     * Hands the request to the module's console pages with {@code context} and answers as they say:
     * a view inside the layout below the mount's breadcrumbs, a redirect below its root, a download, or 404.
     */
    public void serve(ConsoleExchange exchange, InstalledPlugin plugin, ModuleContext context, List<String> pathBelowRoot,
                      Mount mount) throws IOException {
        ConsolePages pages = plugin.consolePages().orElseThrow(() -> ProblemException.notFound("Module page"));
        ConsolePage answer = asked(
                () -> pages.handle(new ModuleRequest(exchange.request(), String.join("/", pathBelowRoot)), context));
        answers.send(pages, answer, new InConsole(exchange, mount));
    }

    /**
     * What a module's page answers; a {@link ModuleProblem} it throws becomes the console's error page
     * for it (404, 403, 409…), as the core's own refusals do.
     */
    static ConsolePage asked(Supplier<ConsolePage> page) {
        try {
            return page.get();
        } catch (ModuleProblem refusal) {
            throw ProblemException.of(refusal);
        }
    }

    /** Inside the console's layout, below the mount's breadcrumbs. */
    private record InConsole(ConsoleExchange exchange, Mount mount) implements PageOutlet {

        @Override
        public String base() {
            return exchange.link(mount.root());
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
            exchange.redirect(mount.root() + path, flash);
        }

        @Override
        public void download(ConsolePage.Download download) throws IOException {
            exchange.download(download.contentType(), download.filename(), download.content());
        }

        private List<Frame.Link> crumbs(List<ConsoleLink> fromModule) {
            List<Frame.Link> crumbs = new ArrayList<>(mount.crumbs());
            fromModule.forEach(link -> crumbs.add(Frame.Link.to(link.label(), exchange.link(mount.root() + link.path()))));
            return crumbs;
        }
    }
}
