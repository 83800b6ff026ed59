package org.canopy.platform.core.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.TenantScope;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The platform operator's view of tenants: create, list, suspend, reactivate. */
@RequestScoped
@Path("platform/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantDirectory directory;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    public record TenantView(String slug, String name, String kind, String status, Instant createdAt) {
        static TenantView of(Tenant tenant) {
            return new TenantView(tenant.slug(), tenant.name(), tenant.kind().code(), tenant.status().code(), tenant.createdAt());
        }
    }

    @GET
    public List<TenantView> list() {
        return directory.list().stream().map(TenantView::of).toList();
    }

    @GET
    @Path("{slug}")
    public TenantView get(@PathParam("slug") String slug) {
        return TenantView.of(find(slug));
    }

    @POST
    public Response create(TenantInput input, @Context UriInfo uri) {
        TenantInput.Valid valid = (input == null ? new TenantInput(null, null, null) : input).validate(validator);
        UUID id = UUID.randomUUID();
        Tenant tenant = TenantScope.call(TenantDirectory.scopeFor(id, valid.slug(), operator()), () -> directory.create(valid));
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.slug()).build()).entity(TenantView.of(tenant)).build();
    }

    @POST
    @Path("{slug}/suspend")
    public TenantView suspend(@PathParam("slug") String slug) {
        return changeStatus(slug, TenantStatus.SUSPENDED);
    }

    @POST
    @Path("{slug}/reactivate")
    public TenantView reactivate(@PathParam("slug") String slug) {
        return changeStatus(slug, TenantStatus.ACTIVE);
    }

    private TenantView changeStatus(String slug, TenantStatus status) {
        Tenant tenant = find(slug);
        return TenantView.of(TenantScope.call(TenantDirectory.scopeFor(tenant.id(), slug, operator()),
                () -> directory.changeStatus(slug, status)));
    }

    private Tenant find(String slug) {
        return directory.findBySlug(slug).orElseThrow(() -> ProblemException.notFound("Tenant " + slug));
    }

    private CanopyUser operator() {
        return CanopyUser.of(security.getUserPrincipal()).orElseThrow();
    }
}
