package org.canopy.plugins.testmodule;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.access.Roles;
import org.canopy.platform.api.paging.PageRequest;
import org.canopy.platform.api.problem.ModuleProblem;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The module's HTTP routes, under /api/t/{tenant}/m/test-module. */
@Produces(MediaType.APPLICATION_JSON)
public class NoteRoutes {

    static final int MAX_LENGTH = 500;
    static final int MAX_IMPORTED = 1000;

    private final ModuleContext context;

    NoteRoutes(ModuleContext context) {
        this.context = context;
    }

    public record Note(UUID id, String text, UUID schoolId) {
    }

    public record NoteInput(String text, UUID schoolId) {
    }

    /**
     * The notes, {@code offset}/{@code limit} at a time (a 400 for values out of bounds). Deliberately
     * no tenant filter: row-level security must keep other tenants' notes out.
     */
    @GET
    @Path("notes")
    public List<Note> notes(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return context.data().query("select id, text, school_id from note order by created_at, id limit ? offset ?",
                NoteRoutes::note, page.limit(), page.offset());
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NoteInput input) {
        textError(input == null ? null : input.text()).ifPresent(error -> {
            throw ModuleProblem.invalid("text", error);
        });
        if (input.schoolId() != null && context.shared().schools().stream().noneMatch(s -> s.id().equals(input.schoolId()))) {
            throw ModuleProblem.invalid("schoolId", "Choose a school of this trust");
        }
        UUID id = context.data().queryOne("insert into note (text, school_id) values (?, ?) returning id",
                row -> row.getObject("id", UUID.class), input.text(), input.schoolId()).orElseThrow();
        return Response.status(Response.Status.CREATED).entity(new Note(id, input.text(), input.schoolId())).build();
    }

    /** The notes of the caller's schools ({@link NoteScope}). */
    @GET
    @Path("school-notes")
    public List<Note> schoolNotes() {
        NoteScope scope = NoteScope.of(context);
        return context.data().query("select id, text, school_id from note order by created_at, id", NoteRoutes::note).stream()
                .filter(note -> scope.covers(note.schoolId())).toList();
    }

    /** A note on a school by an expert adviser at that school (a hub's adviser with contributing access); nobody else. */
    @POST
    @Path("school-notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSchoolNote(NoteInput input) {
        boolean adviser = input != null && input.schoolId() != null
                && context.caller().filter(caller -> caller.eitherOf(Roles.EXPERT_ADVISER).at(input.schoolId())).isPresent();
        if (!adviser) {
            throw ModuleProblem.forbidden("Only an expert adviser at the school adds notes here.");
        }
        return add(input);
    }

    /**
     * Notes from a spreadsheet (CSV with a {@code text} column): without {@code commit=true} a preview of
     * the notes it would add; with it, all of them or, if any row is wrong, none (400 naming each row and column).
     */
    @POST
    @Path("notes/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importNotes(String csv, @QueryParam("commit") boolean commit) {
        List<String> notes = context.csv().read(csv == null ? new byte[0] : csv.getBytes(StandardCharsets.UTF_8), List.of("text"),
                MAX_IMPORTED, row -> {
                    String text = row.cell("text").orElse("");
                    textError(text).ifPresent(error -> row.error("text", error));
                    return text;
                }).orRefuse();
        if (!commit) {
            return Response.ok(Map.of("preview", notes)).build();
        }
        context.data().inTransaction(data -> notes.stream().mapToInt(text -> data.update("insert into note (text) values (?)", text)).sum());
        return Response.status(Response.Status.CREATED).entity(Map.of("imported", notes.size())).build();
    }

    /** Both inserts or neither: the second one fails, so the first must not stay. */
    @POST
    @Path("notes/pair-that-fails")
    public Response pairThatFails() {
        context.data().inTransaction(data -> {
            data.update("insert into note (text) values (?)", "first of a pair");
            return data.update("insert into note (text) values (?)", "x".repeat(501));
        });
        return Response.noContent().build();
    }

    /** Each of the caller's roles with its school ({@code whole-tenant} for a trust-wide one), the staff in post and the schools' URNs. */
    @GET
    @Path("whoami")
    public Map<String, Object> whoami() {
        return Map.of("module", context.moduleId(), "tenant", context.tenant().slug(),
                "kind", context.tenant().kind().name(),
                "caller", context.caller().map(c -> c.username()).orElse("platform"),
                "scopes", context.caller().map(c -> c.scopes()).orElse(List.of()).stream()
                        .map(scope -> Map.of("role", scope.role(), "school", scope.school().map(UUID::toString).orElse("whole-tenant")))
                        .toList(),
                "staff", context.shared().staff().stream().map(member -> member.name()).toList(),
                "schools", context.shared().schools().stream().map(school -> school.urn()).toList());
    }

    /** An invitation to write one note without signing in, at {@code /s/{tenant}/test-module/{token}}. */
    @POST
    @Path("guest-links")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response inviteGuest(GuestLinks.Invitation invitation) {
        if (invitation == null || invitation.label() == null || invitation.label().isBlank() || invitation.label().length() > 200) {
            throw ModuleProblem.invalid("label", "Enter a label of 1 to 200 characters");
        }
        return Response.status(Response.Status.CREATED).entity(new GuestLinks(context).create(invitation.label())).build();
    }

    @Path("priority-notes")
    public PriorityNotes priorityNotes() {
        return new PriorityNotes(context);
    }

    @Path("note-limit")
    public NoteLimits noteLimits() {
        return new NoteLimits(context);
    }

    private static Note note(ResultSet row) throws SQLException {
        return new Note(row.getObject("id", UUID.class), row.getString("text"), row.getObject("school_id", UUID.class));
    }

    /** Why {@code text} is not a note, if it is not: the one rule the API and the pages share. */
    static Optional<String> textError(String text) {
        return text == null || text.isBlank() || text.length() > MAX_LENGTH
                ? Optional.of("Enter a note of 1 to " + MAX_LENGTH + " characters") : Optional.empty();
    }

    /** A module that tries to pick its tenant is refused. */
    @GET
    @Path("switch-tenant")
    public List<String> switchTenant() {
        return context.data().query("select set_config('canopy.tenant_id', ?, true)", row -> row.getString(1),
                UUID.randomUUID().toString());
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("the test module failed on purpose");
    }
}
