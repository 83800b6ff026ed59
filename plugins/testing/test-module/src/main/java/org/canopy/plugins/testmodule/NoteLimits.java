package org.canopy.plugins.testmodule;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.ReferenceRule;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * The longest note allowed on a date, from the module's reference data ({@code notes.length_limit},
 * shipped in {@code test-module/reference/note-rules.json}), under
 * /api/t/{tenant}/m/test-module/note-limit: the rule in effect, with the id a calculation would keep.
 */
@Produces(MediaType.APPLICATION_JSON)
public class NoteLimits {

    static final String FILE = "test-module/reference/note-rules.json";
    private static final String RULE_SET = "notes.length_limit";

    private final ModuleContext context;

    NoteLimits(ModuleContext context) {
        this.context = context;
    }

    /** {@code payload} is the rule's JSON as text. */
    public record NoteLimit(UUID ruleId, String key, int version, LocalDate effectiveFrom, String payload) {

        static NoteLimit of(ReferenceRule rule) {
            return new NoteLimit(rule.id(), rule.key(), rule.version(), rule.effectiveFrom(), rule.payload());
        }
    }

    @GET
    public NoteLimit on(@QueryParam("on") String on) {
        LocalDate date;
        try {
            date = LocalDate.parse(on == null ? "" : on);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("on must be a date such as 2025-09-01");
        }
        return context.referenceData().rule(RULE_SET, date).map(NoteLimit::of)
                .orElseThrow(() -> new NotFoundException("no note limit is in effect on " + date));
    }

    /** The rule a calculation recorded, whichever version loaded it. */
    @GET
    @Path("{ruleId}")
    public NoteLimit used(@PathParam("ruleId") UUID ruleId) {
        return context.referenceData().rule(ruleId).map(NoteLimit::of)
                .orElseThrow(() -> new NotFoundException("no such rule"));
    }
}
