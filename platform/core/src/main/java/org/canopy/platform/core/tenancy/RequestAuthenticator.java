package org.canopy.platform.core.tenancy;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.health.StartupState;
import org.canopy.platform.core.http.Problem;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate of the API. The bearer token has already been validated by {@link BearerTokenMechanism}
 * (issuer, signature, expiry, audience); here the caller must be a member of the tenant named in the path,
 * or the operator for {@code /api/platform}. A tenant the caller does not belong to is answered
 * exactly like one that does not exist: 404. The tenant is then put in {@link TenantScope} for the
 * rest of the request, and only from here.
 */
@WebFilter(filterName = "canopy-request-authenticator", urlPatterns = "/api/*")
public class RequestAuthenticator extends HttpFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/api/t/([^/]+)(?:/.*)?$");
    private static final Pattern PLATFORM_PATH = Pattern.compile("^/api/platform(?:/.*)?$");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    TenantDirectory tenants;

    @Inject
    StartupState startup;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        if (raw.contains(";") || raw.contains("//") || raw.toLowerCase(java.util.Locale.ROOT).matches(".*%(2f|3b|5c|2e).*")) {
            // path parameters and encoded separators make Jersey match another path than the one checked here
            reject(response, ProblemException.of(400, "bad-path", "Bad request path",
                    "The path may not contain ';', '//' or encoded separators."));
            return;
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!startup.isReady()) {
            reject(response, ProblemException.of(503, "unavailable", "Service unavailable",
                    "Canopy is starting up or failed to start; see /health/ready."));
            return;
        }
        Optional<CanopyUser> caller = CanopyUser.of(request.getUserPrincipal());
        if (caller.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            reject(response, ProblemException.of(401, "unauthenticated", "Unauthenticated",
                    "Send a valid bearer token in the Authorization header."));
            return;
        }
        CanopyUser user = caller.get();
        if (PLATFORM_PATH.matcher(path).matches()) {
            if (!user.isOperator()) {
                reject(response, ProblemException.forbidden("Only the platform operator may use /api/platform."));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        Matcher tenantPath = TENANT_PATH.matcher(path);
        if (!tenantPath.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String slug = tenantPath.group(1);
        Optional<Tenant> tenant = user.memberOf(slug) ? tenants.findBySlug(slug) : Optional.empty();
        if (tenant.isEmpty()) {
            reject(response, ProblemException.notFound("Tenant " + slug));
            return;
        }
        if (!tenant.get().isActive()) {
            reject(response, ProblemException.forbidden("This tenant is suspended; contact the platform operator."));
            return;
        }
        try (TenantScope.Entered ignored = TenantScope.enter(new TenantContext(tenant.get().id(), slug, user))) {
            chain.doFilter(request, response);
        }
    }

    private static void reject(HttpServletResponse response, ProblemException problem) throws IOException {
        Problem body = problem.problem();
        response.setStatus(body.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(body));
    }
}
