package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit's refusals ({@link ModuleProblem}s) as pages: not found is the console's own 404; a form
 * the rules refuse is shown again (400) with the kit's error summary; anything else is a message
 * page with its status.
 */
final class PageErrors {

    private PageErrors() {
    }

    /** Runs a page; a refusal becomes the 404 page or a message page. */
    static ConsolePage answering(Supplier<ConsolePage> page) {
        return answeringWith(page, null);
    }

    /** Runs a form's work; a refusal of its input shows {@code formAgain} with the reasons' messages (status 400). */
    static ConsolePage answering(Supplier<ConsolePage> page, Function<List<String>, ConsolePage> formAgain) {
        return answeringWith(page, refusal -> formAgain.apply(refusal.messages()));
    }

    /** Runs a form's work; a refusal of its input shows {@code formAgain} with its errors by field (status 400). */
    static ConsolePage form(Supplier<ConsolePage> page, Function<FormErrors, ConsolePage> formAgain) {
        return answeringWith(page, refusal -> formAgain.apply(FormErrors.of(refusal)));
    }

    static ConsolePage message(String title, List<String> lines, int status) {
        return ConsolePage.view(title, "message.jte", Map.of("heading", title, "lines", lines)).withStatus(status);
    }

    private static ConsolePage answeringWith(Supplier<ConsolePage> page, Function<ModuleProblem, ConsolePage> formAgain) {
        try {
            return page.get();
        } catch (ModuleProblem refusal) {
            if (refusal.status() == 404) {
                return ConsolePage.notFound();
            }
            if (refusal.status() == 400 && refusal.kind().equals("invalid-input") && formAgain != null) {
                return withStatus(formAgain.apply(refusal), 400);
            }
            return message(heading(refusal), refusal.messages(), refusal.status());
        }
    }

    private static String heading(ModuleProblem refusal) {
        if (refusal.status() == 403) {
            return "You cannot do this";
        }
        return refusal.kind().equals("invalid-framework") ? "The framework has problems" : "This cannot be done now";
    }

    private static ConsolePage withStatus(ConsolePage page, int status) {
        return page instanceof ConsolePage.View view ? view.withStatus(status) : page;
    }
}
