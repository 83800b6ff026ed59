package org.canopy.platform.core.console;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.health.StartupState;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The console inside a tenant, {@code /t/{tenant}/…}: the gate that {@code RequestAuthenticator} is
 * for the API. The signed-in user must be a member of the tenant in the path (anyone else's tenant
 * is a 404, like one that does not exist); every POST must carry the session's CSRF token. The
 * tenant is then put in {@link TenantScope} and the request handed to its {@link ConsoleSection}.
 * Errors become console pages in the same layout.
 */
@WebServlet("/t/*")
@MultipartConfig(maxFileSize = TenantConsoleServlet.MAX_UPLOAD_BYTES, maxRequestSize = TenantConsoleServlet.MAX_REQUEST_BYTES)
public class TenantConsoleServlet extends HttpServlet {

    static final long MAX_UPLOAD_BYTES = 5L * 1024 * 1024;
    /** An upload and the form's other fields. */
    static final long MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 65_536;

    @Inject
    TenantDirectory tenants;

    @Inject
    StartupState startup;

    @Inject
    Templates templates;

    @Inject
    ConsoleNavigation navigation;

    @Inject
    ConsoleErrors errors;

    @Inject
    Access access;

    @Inject
    @Any
    Instance<ConsoleSection> sections;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<String> segments = segments(request);
        Optional<ConsoleUser> user = ConsoleSession.user(request);
        if (user.isEmpty()) {
            if ("GET".equals(request.getMethod())) {
                ConsoleSession.returnAfterSignIn(request, request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            }
            response.sendRedirect(request.getContextPath() + "/console/login");
            return;
        }
        Optional<ProblemException> refused = ConsoleErrors.refusal(request, startup);
        if (refused.isPresent()) {
            errors.render(request, response, refused.get());
            return;
        }
        String slug = segments.isEmpty() ? "" : segments.get(0);
        Optional<Tenant> tenant = user.get().tenants().contains(slug) ? tenants.findBySlug(slug) : Optional.empty();
        if (tenant.isEmpty()) {
            errors.render(request, response, ProblemException.notFound("Tenant " + slug));
            return;
        }
        if (!tenant.get().isActive()) {
            errors.render(request, response, ProblemException.forbidden("This trust or hub is suspended; contact the platform operator."));
            return;
        }
        String segment = segments.size() > 1 ? segments.get(1) : "";
        List<String> rest = segments.size() > 2 ? segments.subList(2, segments.size()) : List.of();
        try (TenantScope.Entered ignored = TenantScope.enter(new TenantContext(tenant.get().id(), slug, canopyUser(user.get())))) {
            Frame frame = navigation.frame(request, user.get(), tenant.get(), segment);
            ConsoleExchange exchange = new ConsoleExchange(request, response, user.get(), tenant.get(), rest, frame, templates);
            try {
                ConsoleSection section = section(segment);
                if (!section.openTo(access.policy(), tenant.get().kind())) {
                    throw ProblemException.forbidden(section.refusal());
                }
                section.handle(exchange);
            } catch (ProblemException e) {
                errors.render(exchange, e);
            } catch (Refusal e) {
                errors.render(exchange, ProblemException.of(e));
            } catch (RuntimeException e) {
                errors.render(exchange, ConsoleErrors.unexpected(e, "your administrator"));
            }
        }
    }

    private ConsoleSection section(String segment) {
        return sections.stream().filter(s -> s.segment().equals(segment)).findFirst()
                .orElseThrow(() -> ProblemException.of(404, "not-found", "Page not found", "There is no page at this address."));
    }

    private static CanopyUser canopyUser(ConsoleUser user) {
        Set<Role> roles = user.roles().stream()
                .flatMap(code -> Arrays.stream(Role.values()).filter(role -> role.code().equals(code)))
                .collect(Collectors.toUnmodifiableSet());
        return new CanopyUser(user.username(), user.username(), user.name(), roles, Set.copyOf(user.tenants()));
    }

    static List<String> segments(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
