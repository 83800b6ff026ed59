package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;


/**
 * Mounts each module's routes under {@code /api/t/{tenant}/m/{module}}. A module that is not
 * installed, not enabled for this tenant, or not for the caller's roles answers 404 like any
 * unknown path. The routes run outside any transaction; their SQL goes through {@link TenantSql}.
 */
@RequestScoped
@Path("t/{tenant}/m")
public class ModuleRoutesResource {

    @Inject
    PluginHost host;

    @Inject
    ModuleEnablement enablement;

    @Inject
    TenantDirectory tenants;

    @Path("{module}")
    public Object module(@PathParam("tenant") String slug, @PathParam("module") String moduleId) {
        InstalledPlugin plugin = enablement.usable(moduleId).orElseThrow(() -> ProblemException.notFound("Module " + moduleId));
        Tenant tenant = tenants.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Tenant " + slug));
        return routes(plugin, host.context(moduleId, tenant));
    }

    /** The module's routes for {@code context}, to return from a sub-resource locator; 404 for a module without routes. */
    public static Object routes(InstalledPlugin plugin, ModuleContext context) {
        Object routes = plugin.module().routes(context);
        if (routes == null) {
            throw ProblemException.notFound("Module " + plugin.id() + " routes");
        }
        return routes;
    }
}
