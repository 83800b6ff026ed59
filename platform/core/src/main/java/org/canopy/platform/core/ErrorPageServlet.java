package org.canopy.platform.core;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.console.ConsoleErrors;
import org.canopy.platform.core.http.Problem;
import org.canopy.platform.core.http.ProblemException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own error responses (web.xml error pages) as problem+json: above all the 401 that
 * MicroProfile JWT sends for an expired, tampered, wrong-issuer or wrong-audience token, before any
 * Canopy code runs. People (the console's addresses) get the console's error page instead. Both
 * the API's and the console's, so it sits at the root with the application.
 */
@WebServlet("/errors/*")
public class ErrorPageServlet extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ConsoleErrors consoleErrors;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        if (isForPeople(request)) {
            consoleErrors.render(request, response, ProblemException.of(status, "http-" + status, "Error " + status,
                    "The request could not be served."));
            return;
        }
        Problem problem = switch (status) {
            case 401 -> ProblemException.of(401, "unauthenticated", "Unauthenticated",
                    "The bearer token is missing, expired or not issued for Canopy.").problem();
            case 404 -> ProblemException.of(404, "not-found", "Not found", "There is nothing at this address.").problem();
            case 405 -> ProblemException.of(405, "http-405", "Method not allowed", "This address does not accept that method.").problem();
            default -> ProblemException.of(status, "http-" + status, "Error " + status, "The request could not be served.").problem();
        };
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }

    /** The console and its static files get an HTML page in the console's style; programs get problem+json. */
    private static boolean isForPeople(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        return path.startsWith("/t/") || path.startsWith("/s/") || path.startsWith("/console") || path.startsWith("/static/") || path.startsWith("/webjars/");
    }
}
