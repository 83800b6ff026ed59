package org.canopy.platform.core.manifests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.core.http.BoundedBody;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.CanopyUser;

import java.io.InputStream;

/** The operator provisions (or re-provisions) a tenant by posting its manifest. */
@RequestScoped
@Path("platform/manifests")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestResource {

    private static final long MAX_MANIFEST_BYTES = 2L * 1024 * 1024;

    @Inject
    ManifestProvisioner provisioner;

    @Context
    SecurityContext security;

    @POST
    @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    public Response apply(InputStream body, @QueryParam("file") @DefaultValue("manifest.yaml") String file) {
        String yaml = BoundedBody.read(body, MAX_MANIFEST_BYTES);
        ManifestWriter.Outcome outcome;
        try {
            outcome = provisioner.apply(file, yaml, CanopyUser.of(security.getUserPrincipal()).orElseThrow());
        } catch (ManifestException e) {
            throw ProblemException.invalidManifest(e.getMessage(), e.errors());
        }
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK).entity(outcome).build();
    }
}
