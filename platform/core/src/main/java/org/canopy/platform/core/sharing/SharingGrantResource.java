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
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.tenancy.TenantScope;

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

    private static final String MODULE_ID = "^[a-z][a-z0-9-]{1,62}$";

    @Inject
    SharingGrants grants;

    @Inject
    Schools schools;

    @Inject
    TenantDirectory tenants;

    @Inject
    Access access;

    public record GrantInput(String hub, String schoolUrn, String module, String access, LocalDate until) {
    }

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
                        g.access().code(), g.until(), g.isActiveOn(LocalDate.now())))
                .toList();
    }

    @POST
    public Response grant(GrantInput input) {
        requireTrustAdministrator();
        FieldErrors errors = new FieldErrors();
        GrantInput in = input == null ? new GrantInput(null, null, null, null, null) : input;
        Optional<Tenant> hub = Optional.ofNullable(in.hub()).flatMap(tenants::findBySlug)
                .filter(t -> t.kind() == TenantKind.HUB && t.isActive());
        if (hub.isEmpty()) {
            errors.add("hub", "must be the slug of an active hub");
        }
        Optional<School> school = Optional.ofNullable(in.schoolUrn()).flatMap(schools::findByUrn);
        if (school.isEmpty()) {
            errors.add("schoolUrn", "must be the URN of one of this trust's schools");
        }
        if (in.module() == null || !in.module().matches(MODULE_ID)) {
            errors.add("module", "must be a module id such as cpd-audit");
        }
        GrantAccess level = errors.code("access", GrantAccess.class, in.access());
        if (in.access() == null) {
            errors.add("access", "must be read or contribute");
        }
        LocalDate today = LocalDate.now();
        if (in.until() == null || in.until().isBefore(today) || in.until().isAfter(today.plusYears(3))) {
            errors.add("until", "must be a date from today to three years ahead");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.list());
        }
        SharingGrant grant = grants.grant(hub.get().id(), hub.get().slug(), school.get(), in.module(), level, in.until());
        return Response.status(Response.Status.CREATED).entity(new GrantView(grant.id(), hub.get().slug(),
                school.get().urn(), grant.moduleId(), grant.access().code(), grant.until(), true)).build();
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
