package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.TenantData;
import org.canopy.platform.api.Upload;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A note's attached file: a PDF, image or plain text of at most 1 MB (the module's limit, below the core's). */
final class Attachments {

    static final int MAX_BYTES = 1024 * 1024;
    static final Set<String> TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "text/plain");

    private final ModuleContext context;

    Attachments(ModuleContext context) {
        this.context = context;
    }

    /** Why the module will not keep {@code upload}, if it will not. */
    static Optional<String> refusal(Upload upload) {
        if (!TYPES.contains(mediaType(upload.contentType()))) {
            return Optional.of("The attachment must be a PDF, PNG, JPEG or plain text file");
        }
        if (upload.filename().length() > 255) {
            return Optional.of("The attachment's name must be at most 255 characters");
        }
        if (upload.size() > MAX_BYTES) {
            return Optional.of("The attachment must be smaller than 1 MB");
        }
        return Optional.empty();
    }

    static void store(TenantData data, UUID note, Upload upload) {
        data.update("insert into note_attachment (note_id, filename, content_type, content) values (?, ?, ?, ?)",
                note, upload.filename(), mediaType(upload.contentType()), upload.content());
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

    private static String mediaType(String contentType) {
        return contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    }
}
