package org.canopy.platform.core.console;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.health.StartupState;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Public pages, {@code /s/{tenant}/{module}/…}: open to anyone with the address, signed in or not
 * (nothing here reads the console's user). Every POST must carry the session's CSRF token (a
 * visitor gets a session for it). An unknown or suspended tenant, and anything the tenant does not
 * offer publicly, is the same bare 404, so nobody learns which tenants exist. The tenant is put in
 * {@link TenantScope} with an anonymous visitor, who holds no roles.
 */
@WebServlet("/s/*")
@MultipartConfig(maxFileSize = TenantConsoleServlet.MAX_UPLOAD_BYTES, maxRequestSize = TenantConsoleServlet.MAX_REQUEST_BYTES)
public class PublicConsoleServlet extends HttpServlet {

    @Inject
    TenantDirectory tenants;

    @Inject
    StartupState startup;

    @Inject
    Templates templates;

    @Inject
    ConsoleErrors errors;

    @Inject
    PublicPages modulePages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ProblemException> refused = ConsoleErrors.refusal(request, startup);
        if (refused.isPresent()) {
            errors.render(request, response, refused.get());
            return;
        }
        List<String> segments = TenantConsoleServlet.segments(request);
        Optional<Tenant> tenant = segments.isEmpty() ? Optional.empty()
                : tenants.findBySlug(segments.get(0)).filter(Tenant::isActive);
        if (tenant.isEmpty()) {
            errors.render(request, response, notFound());
            return;
        }
        try (TenantScope.Entered ignored = TenantScope.enter(
                TenantDirectory.scopeFor(tenant.get().id(), tenant.get().slug(), CanopyUser.anonymous()))) {
            PublicExchange exchange = new PublicExchange(request, response, tenant.get(), segments.subList(1, segments.size()), templates);
            try {
                modulePages.handle(exchange);
            } catch (ProblemException e) {
                answer(request, response, exchange, e);
            } catch (Refusal e) {
                answer(request, response, exchange, ProblemException.of(e));
            } catch (RuntimeException e) {
                errors.render(exchange, ConsoleErrors.unexpected(e, "whoever sent you this address"));
            }
        }
    }

    /** Whatever the tenant does not offer publicly is the bare 404 page, so nobody learns what exists. */
    private void answer(HttpServletRequest request, HttpServletResponse response, PublicExchange exchange,
                        ProblemException refused) throws IOException {
        if (refused.problem().status() == 404) {
            errors.render(request, response, notFound());
        } else {
            errors.render(exchange, refused);
        }
    }

    private static ProblemException notFound() {
        return ProblemException.of(404, "not-found", "Page not found", "There is no page at this address.");
    }
}
