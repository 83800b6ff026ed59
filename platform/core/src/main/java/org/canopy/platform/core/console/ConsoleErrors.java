package org.canopy.platform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.health.StartupState;
import org.canopy.platform.core.http.Problem;
import org.canopy.platform.core.http.ProblemException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Error pages in the console's own layout: 400, 403, 404, 409, 500… each with what to do next. */
@ApplicationScoped
public class ConsoleErrors {

    private static final Logger LOG = Logger.getLogger(ConsoleErrors.class.getName());

    /** What the error template shows. */
    public record ErrorPage(int status, String heading, String detail, List<String> problems) {
    }

    @Inject
    Templates templates;

    /** Inside a tenant: the navigation stays, so the user can go on. */
    void render(ConsoleExchange exchange, ProblemException error) throws IOException {
        ErrorPage page = page(error.problem());
        exchange.render(page.status(), "error.jte", exchange.frame(page.heading(), exchange.crumbs()), page);
    }

    /** On a public page: the tenant's plain layout. */
    void render(PublicExchange exchange, ProblemException error) throws IOException {
        ErrorPage page = page(error.problem());
        exchange.render(page.status(), "error.jte", page.heading(), page);
    }

    /**
     * Why a page request must not go further, if it must not: Canopy still starting, a form over the
     * upload limit (refused before anything reads it), or a POST without the session's CSRF token.
     */
    static Optional<ProblemException> refusal(HttpServletRequest request, StartupState startup) {
        if (!startup.isReady()) {
            return Optional.of(ProblemException.of(503, "unavailable", "Canopy is starting",
                    "Canopy is starting up. Please try again in a minute."));
        }
        if (request.getContentLengthLong() > TenantConsoleServlet.MAX_REQUEST_BYTES) {
            return Optional.of(tooLarge());
        }
        if ("POST".equals(request.getMethod()) && !ConsoleSession.validCsrf(request)) {
            return Optional.of(ProblemException.of(403, "form-expired", "This form has expired",
                    "The form was open too long or came from another site. Go back, reload the page and try again."));
        }
        return Optional.empty();
    }

    /** A form whose file is over the console's limit, refused before anything reads it. */
    public static ProblemException tooLarge() {
        return ProblemException.of(413, "too-large", "The file is too large", "Upload a file of at most 5 MB.");
    }

    /** A failure nobody foresaw: logged under a new problem id, which the page asks the reader to quote to {@code contact}. */
    static ProblemException unexpected(RuntimeException failure, String contact) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "console request failed, problem " + id, failure);
        return ProblemException.of(500, "internal", "Sorry, something went wrong",
                "Nothing you did caused this. Try again; if it happens again, quote problem " + id + " to " + contact + ".");
    }

    /** Before a tenant is known (or for another tenant): the bare layout. */
    public void render(HttpServletRequest request, HttpServletResponse response, ProblemException error) throws IOException {
        ErrorPage page = page(error.problem());
        HtmlResponse.send(response, page.status(),
                templates.page("error.jte", Frame.outsideTenant(page.heading(), request.getContextPath()), page));
    }

    static ErrorPage page(Problem problem) {
        List<String> problems = new ArrayList<>();
        if (problem.errors() != null) {
            for (FieldError error : problem.errors()) {
                problems.add(error.field().isEmpty() ? error.message() : error.field() + ": " + error.message());
            }
        }
        return switch (problem.status()) {
            case 404 -> new ErrorPage(404, "Page not found",
                    "If you typed the address, check it is correct. If you followed a link, the page may have moved.", problems);
            case 403 -> new ErrorPage(403, problem.title().equals("This form has expired") ? problem.title()
                    : "You do not have access to this page", problem.detail(), problems);
            default -> new ErrorPage(problem.status(), problem.status() >= 500 ? "Sorry, something went wrong" : problem.title(),
                    problem.detail(), problems);
        };
    }
}
