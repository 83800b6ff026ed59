package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.TenantData;
import org.canopy.platform.api.Upload;
import org.canopy.platform.api.files.UploadPolicy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A note's attached file: a PDF, image or plain text of at most 1 MB (the module's limit, below the core's). */
final class Attachments {

    static final int MAX_BYTES = 1024 * 1024;
    /** The types the attachment's bytes must show, whatever the browser says. */
    static final UploadPolicy POLICY = new UploadPolicy("The attachment", Set.of("application/pdf", "image/png", "image/jpeg", "text/plain"),
            "a PDF, PNG, JPEG or plain text file", MAX_BYTES);

    private final ModuleContext context;

    Attachments(ModuleContext context) {
        this.context = context;
    }

    /** Keeps an upload {@link #POLICY} accepted, with the type its content showed. */
    static void store(TenantData data, UUID note, Upload accepted) {
        data.update("insert into note_attachment (note_id, filename, content_type, content) values (?, ?, ?, ?)",
                note, accepted.filename(), accepted.contentType(), accepted.content());
    }

    /** The attachment of a note of the caller's schools ({@link NoteScope}). */
    Optional<Upload> find(UUID note) {
        NoteScope scope = NoteScope.of(context);
        return context.data().queryOne("select a.filename, a.content_type, a.content, n.school_id from note_attachment a"
                        + " join note n on n.id = a.note_id where a.note_id = ?",
                row -> scope.covers(row.getObject("school_id", UUID.class))
                        ? Optional.of(new Upload(row.getString("filename"), row.getString("content_type"), row.getBytes("content")))
                        : Optional.<Upload>empty(), note).flatMap(found -> found);
    }

    static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
