package org.canopy.platform.core.roles;

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
import org.canopy.platform.core.identity.KeycloakProvisioner;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who holds which role over the trust or one school; trust administrators manage it. */
@RequestScoped
@Path("t/{tenant}/role-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoleAssignmentResource {

    @Inject
    RoleAssignments assignments;

    @Inject
    Schools schools;

    @Inject
    TenantDirectory tenants;

    @Inject
    KeycloakProvisioner identity;

    @Inject
    Access access;

    public record AssignmentView(UUID id, String subject, String name, String role, String schoolUrn) {
    }

    /** The login (email) of the person, their name, the role and, for a school-level role, the school. */
    public record AssignmentInput(String subject, String name, String role, String schoolUrn) {
    }

    @GET
    public List<AssignmentView> list() {
        access.requireTrustAdministrator();
        Map<UUID, String> urns = schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::id, School::urn));
        return assignments.list().stream()
                .map(a -> new AssignmentView(a.id(), a.subject(), a.displayName(), a.role().code(),
                        a.schoolId().map(urns::get).orElse(null)))
                .toList();
    }

    @POST
    public Response grant(AssignmentInput input) {
        access.requireTrustAdministrator();
        FieldErrors errors = new FieldErrors();
        if (input == null || input.subject() == null || !input.subject().matches("^[^@\\s]+@[^@\\s]+$") || input.subject().length() > 254) {
            errors.add("subject", "must be the email address the person signs in with");
        }
        if (input == null || input.name() == null || input.name().isBlank() || input.name().length() > 200) {
            errors.add("name", "must be 1 to 200 characters");
        }
        Role role = input == null ? null : errors.code("role", Role.class, input.role());
        if (input != null && input.role() == null) {
            errors.add("role", "is required");
        }
        if (role == Role.PLATFORM_OPERATOR) {
            errors.add("role", "is granted by the platform, not by a tenant");
        }
        if (role != null) {
            tenants.findBySlug(TenantScope.require().slug())
                    .flatMap(tenant -> tenant.kind().refusal(role)).ifPresent(refusal -> errors.add("role", refusal));
        }
        Optional<School> school = Optional.empty();
        if (input != null && input.schoolUrn() != null && !input.schoolUrn().isBlank()) {
            school = schools.findByUrn(input.schoolUrn().trim());
            if (school.isEmpty()) {
                errors.add("schoolUrn", "no school with URN " + input.schoolUrn() + " in this tenant");
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.list());
        }
        boolean created = assignments.grant(input.subject(), input.name().trim(), role, school.map(School::id).orElse(null));
        String slug = TenantScope.require().slug();
        tenants.findBySlug(slug).ifPresent(tenant ->
                identity.ensureMember(slug, tenant.name(), input.subject().toLowerCase(java.util.Locale.ROOT), input.name().trim(), role));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(list().stream()
                .filter(a -> a.subject().equalsIgnoreCase(input.subject()) && a.role().equals(role.code()))
                .findFirst().orElseThrow()).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        access.requireTrustAdministrator();
        assignments.revoke(Ids.parse(id, "Role assignment"));
        return Response.noContent().build();
    }
}
