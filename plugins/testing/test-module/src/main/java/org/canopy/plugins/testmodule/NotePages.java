package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.Upload;
import org.canopy.platform.api.csv.CsvFiles;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.platform.api.paging.Page;
import org.canopy.platform.api.paging.PageRequest;
import org.canopy.platform.api.problem.FieldErrors;
import org.canopy.platform.api.time.CanopyTime;
import org.pf4j.Extension;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The module's console pages: its notes, each with an optional attachment, and a form to add one,
 * inside the core's layout; and a public page where a guest with an invitation writes a note.
 */
@Extension
public class NotePages implements ConsolePages {

    /** A note as the page lists it: {@code attachment} is the file's name, or null; {@code schoolId} null for none; {@code written} its date. */
    public record NoteLine(UUID id, String text, String attachment, UUID schoolId, String written) {
    }

    @Override
    public String templatePackage() {
        return "org.canopy.plugins.testmodule.templates";
    }

    @Override
    public List<ConsoleLink> navigation(ModuleContext context) {
        return List.of(new ConsoleLink("Notes", ""));
    }

    @Override
    public ConsolePage handle(ConsoleRequest request, ModuleContext context) {
        if (request.path().isEmpty()) {
            return request.isPost() ? add(request, context)
                    : notes(context, PageRequest.of(request.parameter("offset"), request.parameter("limit")), FormErrors.none(), "");
        }
        if (request.path().equals("notes.csv") && !request.isPost()) {
            return export(context);
        }
        String[] path = request.path().split("/");
        if (path.length == 3 && path[0].equals("notes") && path[2].equals("attachment") && !request.isPost()) {
            return Attachments.id(path[1]).flatMap(new Attachments(context)::find)
                    .<ConsolePage>map(file -> ConsolePage.download(file.filename(), file.contentType(), file.content()))
                    .orElseGet(ConsolePage::notFound);
        }
        return ConsolePage.notFound();
    }

    /** {@code GET|POST {token}}: the guest's form, for a token of this tenant only; {@code boom} fails on purpose. */
    @Override
    public ConsolePage handlePublic(ConsoleRequest request, ModuleContext context) {
        if (request.path().equals("boom")) {
            throw new IllegalStateException("the test module's public page failed on purpose");
        }
        Optional<GuestLinks.GuestLink> invitation = request.path().isEmpty() || request.path().contains("/") ? Optional.empty()
                : new GuestLinks(context).find(request.path());
        if (invitation.isEmpty()) {
            return ConsolePage.notFound();
        }
        Map<String, Object> model = new HashMap<>(Map.of("invitation", invitation.get()));
        if (!request.isPost()) {
            return ConsolePage.view("Write a note", "guest-note.jte", model);
        }
        String text = request.parameter("text").orElse("");
        Optional<String> error = NoteRoutes.textError(text);
        if (error.isPresent()) {
            model.putAll(Map.of("errors", FormErrors.of("text", error.get()), "text", text));
            return ConsolePage.view("Write a note", "guest-note.jte", model).withStatus(400);
        }
        new NoteRoutes(context).add(new NoteRoutes.NoteInput(text, null));
        return ConsolePage.redirect(invitation.get().token(), "Thank you: your note was added");
    }

    private static ConsolePage add(ConsoleRequest request, ModuleContext context) {
        NoteScope scope = NoteScope.of(context);
        String text = request.parameter("text").orElse("");
        if (scope.readOnly()) {
            return notes(context, PageRequest.first(), FormErrors.of("text", "You may read this school's notes but not add one"), text).withStatus(403);
        }
        Optional<Upload> file = request.upload("attachment");
        FieldErrors errors = new FieldErrors();
        NoteRoutes.textError(text).ifPresent(error -> errors.add("text", error));
        file.flatMap(upload -> Attachments.POLICY.refusal(upload, context.files())).ifPresent(error -> errors.add("attachment", error));
        if (!errors.isEmpty()) {
            return notes(context, PageRequest.first(), new FormErrors(errors.list()), text).withStatus(400);
        }
        Optional<Upload> accepted = file.map(upload -> Attachments.POLICY.accept(upload, context.files(), "attachment"));
        context.data().inTransaction(data -> {
            UUID note = data.queryOne("insert into note (text, school_id) values (?, ?) returning id",
                    row -> row.getObject("id", UUID.class), text, scope.onlySchool().orElse(null)).orElseThrow();
            accepted.ifPresent(upload -> Attachments.store(data, note, upload));
            return note;
        });
        return ConsolePage.redirect("", accepted.isPresent() ? "Note added with " + accepted.get().filename() : "Note added");
    }

    /** The caller's notes as a spreadsheet: text, date written, attachment's name. */
    private static ConsolePage export(ModuleContext context) {
        List<List<String>> rows = lines(context).stream().map(note -> Arrays.asList(note.text(), note.written(), note.attachment())).toList();
        return ConsolePage.download("notes.csv", CsvFiles.CONTENT_TYPE, context.csv().export(List.of("Note", "Written", "Attachment"), rows));
    }

    /** The page {@code request} asks for of the caller's notes, with the form to add one. */
    private static ConsolePage.View notes(ModuleContext context, PageRequest request, FormErrors errors, String text) {
        Map<String, Object> model = new HashMap<>(Map.of("errors", errors, "text", text));
        model.put("notes", Page.of(lines(context), request));
        return ConsolePage.view("Notes", "notes.jte", model);
    }

    private static List<NoteLine> lines(ModuleContext context) {
        NoteScope scope = NoteScope.of(context);
        return context.data().query("select n.id, n.text, n.school_id, a.filename, n.created_at from note n"
                                + " left join note_attachment a on a.note_id = n.id order by n.created_at, n.id",
                        row -> new NoteLine(row.getObject("id", UUID.class), row.getString("text"), row.getString("filename"),
                                row.getObject("school_id", UUID.class), CanopyTime.date(row.getTimestamp("created_at").toInstant())))
                .stream().filter(note -> scope.covers(note.schoolId())).toList();
    }
}
