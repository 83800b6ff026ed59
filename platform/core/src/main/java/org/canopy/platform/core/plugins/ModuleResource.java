package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.tenancy.TenantDirectory;

import java.util.List;

/** The modules installed on the platform and whether this tenant uses each. */
@RequestScoped
@Path("t/{tenant}/modules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    PluginHost host;

    @Inject
    ModuleEnablement enablement;

    @Inject
    TenantDirectory tenants;

    @Inject
    Access access;

    public record ModuleView(String id, String title, String version, boolean enabled) {
    }

    public record Enablement(Boolean enabled) {
    }

    @GET
    public List<ModuleView> list() {
        List<String> enabled = tenants.enabledModules();
        return host.startedModules().stream()
                .map(p -> new ModuleView(p.id(), p.module().title(), p.version(), enabled.contains(p.id())))
                .toList();
    }

    @PUT
    @Path("{module}")
    public ModuleView change(@PathParam("module") String moduleId, Enablement change) {
        access.requireTrustAdministrator();
        InstalledPlugin plugin = host.started(moduleId).orElseThrow(() -> ProblemException.notFound("Module " + moduleId));
        if (change == null || change.enabled() == null) {
            throw ProblemException.invalid("enabled", "must be true or false");
        }
        if (change.enabled()) {
            enablement.enable(List.of(moduleId));
        } else {
            enablement.disable(moduleId);
        }
        return new ModuleView(moduleId, plugin.module().title(), plugin.version(), change.enabled());
    }
}
