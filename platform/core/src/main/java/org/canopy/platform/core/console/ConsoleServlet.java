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
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signing in to the console through Keycloak (code + PKCE), choosing a tenant when the user has
 * several, the greeting page, and signing out (which ends the Keycloak session too). Works
 * without JavaScript; forms carry a CSRF token.
 */
@WebServlet("/console/*")
public class ConsoleServlet extends HttpServlet {

    private static final String ATTEMPT = "canopy.console.attempt";
    private static final String CSRF = "canopy.console.csrf";

    @Inject
    OidcClient oidc;

    @Inject
    TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "canopy.console.url")
    Optional<String> consoleUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (path(request)) {
            case "/", "" -> home(request, response);
            case "/login" -> login(request, response);
            case "/callback" -> callback(request, response);
            case "/signed-out" -> render(response, 200, "Signed out", """
                    <h1>You have signed out</h1>
                    <p><a class="button" href="%s">Sign in again</a></p>""".formatted(link(request, "/console/login")));
            default -> render(response, 404, "Page not found", "<h1>Page not found</h1>");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !validCsrf(session, request.getParameter("csrf"))) {
            render(response, 403, "Form expired", """
                    <h1>This form has expired</h1>
                    <p><a href="%s">Go back to the console</a> and try again.</p>""".formatted(link(request, "/console/")));
            return;
        }
        switch (path(request)) {
            case "/choose" -> choose(request, response, session);
            case "/logout" -> logout(request, response, session);
            default -> render(response, 404, "Page not found", "<h1>Page not found</h1>");
        }
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        ConsoleUser user = session == null ? null : (ConsoleUser) session.getAttribute(ConsoleUser.SESSION_KEY);
        if (user == null) {
            response.sendRedirect(link(request, "/console/login"));
            return;
        }
        String csrf = csrf(session);
        if (user.currentTenant() == null) {
            StringBuilder choices = new StringBuilder();
            for (String slug : user.tenants()) {
                choices.append("""
                        <li><form method="post" action="%s"><input type="hidden" name="csrf" value="%s">
                        <input type="hidden" name="tenant" value="%s"><button type="submit">%s</button></form></li>
                        """.formatted(link(request, "/console/choose"), csrf, Html.escape(slug), Html.escape(tenantName(slug))));
            }
            render(response, 200, "Choose a tenant", user.tenants().isEmpty()
                    ? "<h1>Hello, " + Html.escape(user.name()) + "</h1><p>Your account is not a member of any trust or hub yet."
                    + " Ask your trust's administrator to add you.</p>" + signOutForm(request, csrf)
                    : "<h1>Hello, " + Html.escape(user.name()) + "</h1><p>You belong to more than one trust or hub."
                    + " Which do you want to work in?</p><ul class=\"tenants\">" + choices + "</ul>" + signOutForm(request, csrf));
            return;
        }
        render(response, 200, tenantName(user.currentTenant()), """
                <h1 id="greeting">Hello, %s</h1>
                <p>You are working in <strong id="tenant">%s</strong>.</p>
                %s""".formatted(Html.escape(user.name()), Html.escape(tenantName(user.currentTenant())), signOutForm(request, csrf)));
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!oidc.isAvailable()) {
            render(response, 503, "Sign-in is unavailable", """
                    <h1>Sign-in is unavailable</h1>
                    <p>Canopy cannot reach its sign-in service at the moment. Please try again in a few minutes.</p>
                    <p>If this goes on, tell your trust's Canopy administrator.</p>""");
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
        if (attempt == null || code == null || !attempt.state().equals(request.getParameter("state"))) {
            render(response, 400, "Sign-in did not complete", """
                    <h1>Sign-in did not complete</h1><p><a href="%s">Start again</a></p>""".formatted(link(request, "/console/login")));
            return;
        }
        Optional<OidcClient.Tokens> tokens = oidc.exchange(code, attempt, link(request, "/console/callback"));
        if (tokens.isEmpty()) {
            render(response, 400, "Sign-in did not complete", """
                    <h1>Sign-in did not complete</h1><p><a href="%s">Start again</a></p>""".formatted(link(request, "/console/login")));
            return;
        }
        session.invalidate(); // a new session on sign-in: no fixation
        HttpSession signedIn = request.getSession(true);
        ConsoleUser user = user(tokens.get());
        signedIn.setAttribute(ConsoleUser.SESSION_KEY, user.tenants().size() == 1 ? user.choose(user.tenants().get(0)) : user);
        response.sendRedirect(link(request, "/console/"));
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

    private String signOutForm(HttpServletRequest request, String csrf) {
        return """
                <form method="post" action="%s"><input type="hidden" name="csrf" value="%s">
                <button type="submit" id="sign-out">Sign out</button></form>""".formatted(link(request, "/console/logout"), csrf);
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

    private static String csrf(HttpSession session) {
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            token = UUID.randomUUID().toString();
            session.setAttribute(CSRF, token);
        }
        return token;
    }

    private static boolean validCsrf(HttpSession session, String submitted) {
        String expected = (String) session.getAttribute(CSRF);
        return expected != null && submitted != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    /** An absolute address in the console: from canopy.console.url, else from the request's own host. */
    private String link(HttpServletRequest request, String path) {
        String base = consoleUrl.orElseGet(() -> request.getScheme() + "://" + request.getHeader("Host"));
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }

    private static String path(HttpServletRequest request) {
        return request.getPathInfo() == null ? "" : request.getPathInfo();
    }

    private static void render(HttpServletResponse response, int status, String title, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Html.page(title, body));
    }
}
