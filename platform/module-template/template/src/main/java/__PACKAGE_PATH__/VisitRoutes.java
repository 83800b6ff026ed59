package __PACKAGE__;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The module's API, under /api/t/{tenant}/m/__MODULE_ID__. */
@Produces(MediaType.APPLICATION_JSON)
public class VisitRoutes {

    private final ModuleContext context;

    VisitRoutes(ModuleContext context) {
        this.context = context;
    }

    public record VisitInput(UUID schoolId, LocalDate visitedOn, String purpose) {
    }

    @GET
    @Path("visits")
    public List<Visit> visits() {
        return new Visits(context.data()).all();
    }

    /**
     * 201 with the new visit's id. A school not of this tenant or a bad visit is refused, nothing
     * written: the platform answers the exception as a 400 problem+json with the message as detail.
     */
    @POST
    @Path("visits")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(VisitInput input) {
        Optional<String> problem = input == null ? Optional.of("Send the visit as JSON")
                : schoolOfTenant(input.schoolId()) ? Visit.problem(input.visitedOn(), input.purpose(), LocalDate.now())
                : Optional.of("Choose one of your schools");
        if (problem.isPresent()) {
            throw new BadRequestException(problem.get());
        }
        UUID id = new Visits(context.data()).add(input.schoolId(), input.visitedOn(), input.purpose().strip());
        return Response.status(201).entity(Map.of("id", id)).build();
    }

    private boolean schoolOfTenant(UUID school) {
        return context.shared().schools().stream().map(SharedModel.School::id).anyMatch(id -> id.equals(school));
    }
}
