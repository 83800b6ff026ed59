package org.canopy.platform.core.years;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.canopy.platform.core.http.ETags;
import org.canopy.platform.core.identity.Access;

import java.util.List;

@RequestScoped
@Path("t/{tenant}/years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class YearResource {

    @Inject
    AcademicYears years;

    @Inject
    Access access;

    @GET
    public List<YearView> list() {
        return years.list().stream().map(YearView::of).toList();
    }

    @GET
    @Path("{key}")
    public Response get(@PathParam("key") String key) {
        AcademicYear year = years.get(key);
        return Response.ok(YearView.of(year)).tag(ETags.of(year.version())).build();
    }

    @POST
    public Response create(YearInput input, @Context UriInfo uri) {
        access.requireTrustAdministrator();
        AcademicYear year = years.create(input == null ? new YearInput(null, null) : input);
        return Response.created(uri.getAbsolutePathBuilder().path(year.label().key()).build())
                .entity(YearView.of(year)).tag(ETags.of(year.version())).build();
    }

    @PUT
    @Path("{key}/terms")
    public Response changeTerms(@PathParam("key") String key, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                TermDates terms) {
        access.requireTrustAdministrator();
        AcademicYear year = years.changeTerms(key, ETags.requireVersion(ifMatch), terms);
        return Response.ok(YearView.of(year)).tag(ETags.of(year.version())).build();
    }
}
