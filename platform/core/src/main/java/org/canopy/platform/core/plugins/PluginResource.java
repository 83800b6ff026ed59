package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The operator's view of installed plugins: state, and why a plugin was skipped. */
@RequestScoped
@Path("platform/plugins")
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginHost host;

    public record PluginView(String id, String version, String requires, String file, String state, String error,
                             String title) {
    }

    @GET
    public List<PluginView> list() {
        return host.installed().stream()
                .map(p -> new PluginView(p.id(), p.version(), p.requires(), p.file(), p.state().name().toLowerCase(),
                        p.error(), p.isStarted() ? p.module().title() : null))
                .toList();
    }
}
