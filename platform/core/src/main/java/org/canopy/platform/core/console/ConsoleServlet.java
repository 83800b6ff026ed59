package org.canopy.platform.core.console;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signing in to the console through Keycloak (code + PKCE), choosing a tenant when the user has
 * several, and signing out (which ends the Keycloak session too). The pages inside a tenant are
 * {@link TenantConsoleServlet}'s. Works without JavaScript; forms carry a CSRF token.
 */
@WebServlet("/console/*")
public class ConsoleServlet extends HttpServlet {

    private static final String ATTEMPT = "canopy.console.attempt";

    /** A page with a heading, a few paragraphs and at most one button-link. */
    public record Message(String heading, List<String> paragraphs, String linkLabel, String linkHref) {
    }

    public record TenantChoice(String slug, String name) {
    }

    @Inject
    OidcClient oidc;

    @Inject
    TenantDirectory tenants;

    @Inject
    Templates templates;

    @Inject
    ConsoleErrors errors;

    @Inject
    @ConfigProperty(name = "canopy.console.url")
    Optional<String> consoleUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path(request)) {
            case "/", "" -> home(request, response);
            case "/login" -> login(request, response);
            case "/callback" -> callback(request, response);
            case "/signed-out" -> message(request, response, 200, new Message("You have signed out",
                    List.of("Thank you for using Canopy."), "Sign in again", link(request, "/console/login")));
            default -> errors.render(request, response, ProblemException.notFound("Console page"));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !ConsoleSession.validCsrf(request)) {
            errors.render(request, response, ProblemException.of(403, "form-expired", "This form has expired",
                    "Go back to the console and try again."));
            return;
        }
        switch (path(request)) {
            case "/choose" -> choose(request, response, session);
            case "/logout" -> logout(request, response, session);
            default -> errors.render(request, response, ProblemException.notFound("Console page"));
        }
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ConsoleUser> signedIn = ConsoleSession.user(request);
        if (signedIn.isEmpty()) {
            response.sendRedirect(link(request, "/console/login"));
            return;
        }
        ConsoleUser user = signedIn.get();
        if (user.currentTenant() != null) {
            response.sendRedirect(link(request, "/t/" + user.currentTenant() + "/"));
            return;
        }
        List<TenantChoice> choices = user.tenants().stream().map(slug -> new TenantChoice(slug, tenantName(slug))).toList();
        String csrf = ConsoleSession.csrf(request.getSession());
        write(response, 200, templates.page("choose-tenant.jte",
                Frame.signedIn("Choose a trust or hub", request.getContextPath(), user.name(), csrf), choices));
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!oidc.isAvailable()) {
            message(request, response, 503, new Message("Sign-in is unavailable", List.of(
                    "Canopy cannot reach its sign-in service at the moment. Please try again in a few minutes.",
                    "If this goes on, tell your trust's Canopy administrator."), null, null));
            return;
        }
        OidcClient.Attempt attempt = oidc.newAttempt();
        request.getSession(true).setAttribute(ATTEMPT, attempt);
        response.sendRedirect(oidc.authorizationUri(attempt, link(request, "/console/callback")).toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        OidcClient.Attempt attempt = session == null ? null : (OidcClient.Attempt) session.getAttribute(ATTEMPT);
        String code = request.getParameter("code");
        Optional<OidcClient.Tokens> tokens = attempt == null || code == null || !attempt.state().equals(request.getParameter("state"))
                ? Optional.empty() : oidc.exchange(code, attempt, link(request, "/console/callback"));
        if (tokens.isEmpty()) {
            message(request, response, 400, new Message("Sign-in did not complete",
                    List.of("The sign-in was interrupted or took too long."), "Start again", link(request, "/console/login")));
            return;
        }
        Optional<String> returnTo = ConsoleSession.takeReturnTo(session).filter(path -> path.startsWith("/t/"));
        session.invalidate(); // a new session on sign-in: no fixation
        HttpSession fresh = request.getSession(true);
        ConsoleUser user = user(tokens.get());
        fresh.setAttribute(ConsoleUser.SESSION_KEY, user.tenants().size() == 1 ? user.choose(user.tenants().get(0)) : user);
        response.sendRedirect(link(request, returnTo.orElse("/console/")));
    }

    private void choose(HttpServletRequest request, HttpServletResponse response, HttpSession session) throws IOException {
        ConsoleUser user = (ConsoleUser) session.getAttribute(ConsoleUser.SESSION_KEY);
        String tenant = request.getParameter("tenant");
        if (user != null && user.tenants().contains(tenant)) {
            session.setAttribute(ConsoleUser.SESSION_KEY, user.choose(tenant));
        }
        response.sendRedirect(link(request, "/console/"));
    }

    private void logout(HttpServletRequest request, HttpServletResponse response, HttpSession session) throws IOException {
        ConsoleUser user = (ConsoleUser) session.getAttribute(ConsoleUser.SESSION_KEY);
        session.invalidate();
        if (user == null || !oidc.isConfigured()) {
            response.sendRedirect(link(request, "/console/signed-out"));
            return;
        }
        response.sendRedirect(oidc.logoutUri(user.idToken(), link(request, "/console/signed-out")).toString());
    }

    private void message(HttpServletRequest request, HttpServletResponse response, int status, Message message) throws IOException {
        write(response, status, templates.page("message.jte", Frame.outsideTenant(message.heading(), request.getContextPath()), message));
    }

    private String tenantName(String slug) {
        return tenants.findBySlug(slug).map(Tenant::name).orElse(slug);
    }

    private static ConsoleUser user(OidcClient.Tokens tokens) {
        JsonObject id = tokens.idClaims();
        String username = id.getString("preferred_username", id.getString("sub", "unknown"));
        return new ConsoleUser(id.getString("name", username), username, strings(tokens.accessClaims().get("organization")),
                strings(tokens.accessClaims().get("groups")), tokens.idToken(), null);
    }

    private static List<String> strings(JsonValue claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString string) {
                    values.add(string.getString());
                }
            });
        } else if (claim instanceof JsonObject object) {
            values.addAll(object.keySet());
        }
        return List.copyOf(values);
    }

    /** An absolute address in the console: from canopy.console.url, else from the request's own host. */
    private String link(HttpServletRequest request, String path) {
        String base = consoleUrl.orElseGet(() -> request.getScheme() + "://" + request.getHeader("Host"));
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        HtmlResponse.send(response, status, html);
    }
}
