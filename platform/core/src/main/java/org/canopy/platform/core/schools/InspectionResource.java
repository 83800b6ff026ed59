package org.canopy.platform.core.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.canopy.platform.core.http.ETags;
import org.canopy.platform.core.http.Ids;
import org.canopy.platform.core.identity.Access;

import java.util.List;

/** A school's Ofsted inspections: every member reads them, the trust's administrators record and correct them. */
@RequestScoped
@Path("t/{tenant}/schools/{school}/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    @Inject
    Schools schools;

    @Inject
    Inspections inspections;

    @Inject
    Access access;

    @GET
    public List<InspectionView> list(@PathParam("school") String school) {
        return inspections.of(schools.get(Ids.parse(school, "School")).id()).stream().map(InspectionView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("school") String school, @PathParam("id") String id) {
        OfstedInspection inspection = inspections.get(schools.get(Ids.parse(school, "School")), Ids.parse(id, "Inspection"));
        return Response.ok(InspectionView.of(inspection)).tag(ETags.of(inspection.version())).build();
    }

    @POST
    public Response record(@PathParam("school") String school, InspectionInput input, @Context UriInfo uri) {
        access.requireTrustAdministrator();
        OfstedInspection inspection = inspections.record(schools.get(Ids.parse(school, "School")), input);
        return Response.created(uri.getAbsolutePathBuilder().path(inspection.id().toString()).build())
                .entity(InspectionView.of(inspection)).tag(ETags.of(inspection.version())).build();
    }

    @PUT
    @Path("{id}")
    public Response correct(@PathParam("school") String school, @PathParam("id") String id,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, InspectionInput input) {
        access.requireTrustAdministrator();
        OfstedInspection inspection = inspections.correct(schools.get(Ids.parse(school, "School")),
                Ids.parse(id, "Inspection"), ETags.requireVersion(ifMatch), input);
        return Response.ok(InspectionView.of(inspection)).tag(ETags.of(inspection.version())).build();
    }
}
