package org.canopy.platform.core.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.canopy.platform.core.http.BoundedBody;
import org.canopy.platform.core.http.ETags;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.SchoolScope;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@RequestScoped
@Path("t/{tenant}/staff")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    private static final int MAX_PAGE = 1_000;
    private static final long MAX_CSV_BYTES = 5L * 1024 * 1024;

    @Inject
    StaffDirectory staff;

    @Inject
    Access access;

    @GET
    public List<StaffView> list(@QueryParam("school") String schoolUrn,
                                @QueryParam("offset") @DefaultValue("0") int offset,
                                @QueryParam("limit") @DefaultValue("200") int limit) {
        return staff.list(access.staffReadable(), Optional.ofNullable(schoolUrn).filter(urn -> !urn.isBlank()),
                Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        StaffMember member = staff.get(Ids.parse(id, "Staff member"), access.staffReadable());
        return Response.ok(staff.view(member)).tag(ETags.of(member.version())).build();
    }

    @POST
    public Response create(StaffInput input, @Context UriInfo uri) {
        StaffMember member = staff.create(input, access.staffEditable());
        return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build())
                .entity(staff.view(member)).tag(ETags.of(member.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StaffInput input) {
        SchoolScope editable = access.staffEditable();
        StaffMember member = staff.update(Ids.parse(id, "Staff member"), ETags.requireVersion(ifMatch), input, editable);
        return Response.ok(staff.view(member)).tag(ETags.of(member.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        SchoolScope editable = access.staffEditable();
        staff.delete(Ids.parse(id, "Staff member"), ETags.requireVersion(ifMatch), editable);
        return Response.noContent().build();
    }

    /** A CSV export (header row; columns in {@link StaffCsvImport}); all rows are imported or none. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(InputStream body) {
        SchoolScope editable = access.staffEditable();
        int imported = staff.importCsv(BoundedBody.reader(body, MAX_CSV_BYTES), editable);
        return Response.status(Response.Status.CREATED).entity(Map.of("imported", imported)).build();
    }
}
