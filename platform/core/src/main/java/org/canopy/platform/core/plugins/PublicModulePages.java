package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.console.PublicExchange;
import org.canopy.platform.core.console.PublicPages;
import org.canopy.platform.core.surveys.Respondent;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Modules' public pages, {@code /s/{tenant}/{module}/…}, answered by {@link ConsolePages#handlePublic}
 * in the plain layout. The module must be installed and enabled in the tenant; its roles
 * ({@code visibleTo}) do not apply, as nobody is signed in: the module authorises by what the
 * address or form carries. Anything else is 404.
 */
@ApplicationScoped
public class PublicModulePages implements PublicPages {

    @Inject
    ModuleEnablement enablement;

    @Inject
    PluginHost host;

    @Inject
    PageAnswers answers;

    @Override
    public void handle(PublicExchange exchange) throws IOException {
        List<String> path = exchange.path();
        InstalledPlugin plugin = (path.isEmpty() ? Optional.<InstalledPlugin>empty() : enablement.enabled(path.get(0)))
                .filter(p -> p.consolePages().isPresent())
                .orElseThrow(() -> new NotFound("Public page"));
        ConsolePages pages = plugin.consolePages().get();
        // a survey answered on this page may read the browser's cookie for it and the hashed address, nothing else
        Respondent.around(exchange.request(), exchange.response(), exchange.link(""), () -> {
            ConsolePage answer = ModulePages.asked(() -> pages.handlePublic(
                    new ModuleRequest(exchange.request(), String.join("/", path.subList(1, path.size()))),
                    host.context(plugin.id(), exchange.tenant())));
            answers.send(pages, answer, new Public(exchange, plugin.id() + "/"));
        });
    }

    /** In the plain public layout, without breadcrumbs. */
    private record Public(PublicExchange exchange, String moduleRoot) implements PageOutlet {

        @Override
        public String base() {
            return exchange.link(moduleRoot);
        }

        @Override
        public String csrf() {
            return exchange.csrf();
        }

        @Override
        public void render(ConsolePage.View view, String body) throws IOException {
            exchange.renderInLayout(view.status(), view.title(), body);
        }

        @Override
        public void redirect(String path, String flash) throws IOException {
            exchange.redirect(moduleRoot + path, flash);
        }

        @Override
        public void download(ConsolePage.Download download) throws IOException {
            exchange.download(download.contentType(), download.filename(), download.content());
        }
    }
}
