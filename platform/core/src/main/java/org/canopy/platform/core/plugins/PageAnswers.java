package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.core.console.Templates;
import org.canopy.platform.core.http.ProblemException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Sends what a module's page answered: its view rendered from the plugin's templates, a redirect, a download or 404. */
@ApplicationScoped
class PageAnswers {

    @Inject
    Templates templates;

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

    void send(ConsolePages pages, ConsolePage answer, PageOutlet outlet) throws IOException {
        if (answer instanceof ConsolePage.View view) {
            Map<String, Object> model = new HashMap<>(view.model());
            model.put("csrf", outlet.csrf());
            model.put("base", outlet.base());
            outlet.render(view, templates.plugin(pages, view.template(), model));
        } else if (answer instanceof ConsolePage.Redirect redirect) {
            outlet.redirect(redirect.path(), redirect.flash());
        } else if (answer instanceof ConsolePage.Download download) {
            outlet.download(download);
        } else {
            throw ProblemException.notFound("Module page");
        }
    }
}
