package org.canopy.plugins.testmodule;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.ModuleContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Notes on an improvement priority owned by another module (the CPD audit), under
 * /api/t/{tenant}/m/test-module/priority-notes: the way a module ties its work to a priority.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PriorityNotes {

    private static final BigDecimal MOST_HOURS = new BigDecimal("99999.9");

    private final ModuleContext context;

    PriorityNotes(ModuleContext context) {
        this.context = context;
    }

    public record PriorityNote(UUID id, UUID priorityId, String text, BigDecimal hours) {
    }

    /** The school's priorities for the year, as the module that owns them publishes them. */
    @GET
    @Path("priorities")
    public List<ImprovementPriority> priorities(@QueryParam("school") UUID school, @QueryParam("year") String year) {
        if (school == null || year == null) {
            throw new BadRequestException("school and year are required");
        }
        return context.shared().priorities(school, year);
    }

    /** A note of hours spent on a priority of this tenant, which must exist: the id is checked, never trusted. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(PriorityNote input) {
        if (input == null || input.text() == null || input.text().isBlank() || input.text().length() > NoteRoutes.MAX_LENGTH) {
            throw new BadRequestException("text must be 1 to 500 characters");
        }
        if (input.hours() == null || input.hours().signum() <= 0 || input.hours().compareTo(MOST_HOURS) > 0 || input.hours().scale() > 1) {
            throw new BadRequestException("hours must be more than 0, with at most one decimal place");
        }
        if (input.priorityId() == null || context.shared().priority(input.priorityId()).isEmpty()) {
            throw new BadRequestException("priorityId is not an improvement priority of this tenant");
        }
        UUID id = context.data().queryOne("insert into priority_note (priority_id, text, hours) values (?, ?, ?) returning id",
                row -> row.getObject(1, UUID.class), input.priorityId(), input.text(), input.hours()).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(new PriorityNote(id, input.priorityId(), input.text(), input.hours()))
                .build();
    }
}
