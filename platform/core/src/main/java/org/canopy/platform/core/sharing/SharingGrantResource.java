package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.identity.TenantScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The trust's side: which hubs may see which of its schools, in which module, until when. */
@RequestScoped
@Path("t/{tenant}/sharing-grants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SharingGrantResource {

    @Inject
    SharingGrants grants;

    @Inject
    Schools schools;

    @Inject
    TenantDirectory tenants;

    @Inject
    Access access;

    public record GrantView(UUID id, String hub, String schoolUrn, String module, String access, LocalDate until,
                            boolean active) {
    }

    @GET
    public List<GrantView> list() {
        requireTrustAdministrator();
        Map<UUID, String> urns = schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::id, School::urn));
        Map<UUID, String> hubs = tenants.list().stream().collect(Collectors.toMap(Tenant::id, Tenant::slug));
        return grants.ofTrust().stream()
                .map(g -> new GrantView(g.id(), hubs.get(g.hubTenant()), urns.get(g.schoolId()), g.moduleId(),
                        g.access().code(), g.until(), g.isActiveOn(England.today())))
                .toList();
    }

    @POST
    public Response grant(GrantInput input) {
        requireTrustAdministrator();
        SharingGrants.Granted granted = grants.grant(input);
        SharingGrant grant = granted.grant();
        return Response.status(Response.Status.CREATED).entity(new GrantView(grant.id(), granted.hubSlug(),
                granted.schoolUrn(), grant.moduleId(), grant.access().code(), grant.until(), true)).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        requireTrustAdministrator();
        grants.revoke(Ids.parse(id, "Sharing grant"));
        return Response.noContent().build();
    }

    private void requireTrustAdministrator() {
        access.requireTrustAdministrator();
        if (tenants.findBySlug(TenantScope.require().slug()).map(Tenant::kind).orElse(null) != TenantKind.TRUST) {
            throw ProblemException.forbidden("Only a trust shares its schools with hubs.");
        }
    }
}
