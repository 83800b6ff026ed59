package org.canopy.platform.core.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.http.ETags;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@RequestScoped
@Path("t/{tenant}/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchoolResource {

    @Inject
    Schools schools;

    @Inject
    Inspections inspections;

    @Inject
    Access access;

    @GET
    public List<SchoolView> list(@QueryParam("phase") String phase) {
        Optional<Phase> wanted = Optional.empty();
        if (phase != null && !phase.isBlank()) {
            wanted = Optional.of(Codes.parse(Phase.class, phase)
                    .orElseThrow(() -> ProblemException.invalid("phase", Codes.allowed(Phase.class))));
        }
        Map<UUID, List<OfstedInspection>> inspected = inspections.bySchool();
        return schools.list(wanted).stream().map(school -> SchoolView.of(school, inspected.getOrDefault(school.id(), List.of()))).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        School school = schools.get(Ids.parse(id, "School"));
        return Response.ok(view(school)).tag(ETags.of(school.version())).build();
    }

    @POST
    public Response create(SchoolInput input, @Context UriInfo uri) {
        access.requireTrustAdministrator();
        School school = schools.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(school.id().toString()).build())
                .entity(view(school)).tag(ETags.of(school.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SchoolInput input) {
        access.requireTrustAdministrator();
        UUID schoolId = Ids.parse(id, "School");
        School school = schools.update(schoolId, ETags.requireVersion(ifMatch), input);
        return Response.ok(view(school)).tag(ETags.of(school.version())).build();
    }

    private SchoolView view(School school) {
        return SchoolView.of(school, inspections.of(school.id()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        access.requireTrustAdministrator();
        schools.delete(Ids.parse(id, "School"), ETags.requireVersion(ifMatch));
        return Response.noContent().build();
    }
}
