package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsolePage;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.framework.InvalidFrameworkException;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The audit's refusals as pages: not found is the console's own 404; a form the rules refuse is
 * shown again (400) with an error summary; anything else is a message page with its status.
 */
final class PageErrors {

    private PageErrors() {
    }

    /** Runs a page; a refusal becomes the 404 page or a message page. */
    static ConsolePage answering(Supplier<ConsolePage> page) {
        return answering(page, null);
    }

    /**
     * Runs a form's work; a refusal of its input shows {@code formAgain} with the reasons (status 400),
     * other refusals as {@link #answering(Supplier)}.
     */
    static ConsolePage answering(Supplier<ConsolePage> page, Function<List<String>, ConsolePage> formAgain) {
        try {
            return page.get();
        } catch (AuditException e) {
            if (e.kind() == AuditException.Kind.NOT_FOUND) {
                return ConsolePage.notFound();
            }
            if (e.kind() == AuditException.Kind.INVALID && formAgain != null) {
                return withStatus(formAgain.apply(e.problems()), 400);
            }
            return message(e.kind() == AuditException.Kind.FORBIDDEN ? "You cannot do this" : "This cannot be done now",
                    e.problems(), e.kind() == AuditException.Kind.FORBIDDEN ? 403 : e.kind() == AuditException.Kind.INVALID ? 400 : 409);
        } catch (InvalidFrameworkException e) {
            return message("The framework has problems", e.problems(), 400);
        }
    }

    static ConsolePage message(String title, List<String> lines, int status) {
        return ConsolePage.view(title, "message.jte", Map.of("heading", title, "lines", lines)).withStatus(status);
    }

    private static ConsolePage withStatus(ConsolePage page, int status) {
        return page instanceof ConsolePage.View view ? view.withStatus(status) : page;
    }
}
