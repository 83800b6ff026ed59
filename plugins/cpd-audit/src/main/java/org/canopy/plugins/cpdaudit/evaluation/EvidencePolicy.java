package org.canopy.plugins.cpdaudit.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which evidence files an audit accepts: documents, spreadsheets, slides and images up to
 * {@value #MAX_BYTES} bytes. The type is decided by the file's extension, never by what the
 * browser claims, and the stored content type is the one for that extension.
 */
public final class EvidencePolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES_PER_AUDIT = 60;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "csv", "text/csv",
            "txt", "text/plain",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private EvidencePolicy() {
    }

    /** The content type to store for {@code filename}, or empty when its type is not accepted. */
    public static Optional<String> contentTypeOf(String filename) {
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** Why the file is refused, or empty when it is accepted. */
    public static Optional<String> problemWith(String filename, int sizeBytes) {
        if (filename.isBlank() || filename.length() > 255) {
            return Optional.of("Choose a file with a name of up to 255 characters.");
        }
        if (contentTypeOf(filename).isEmpty()) {
            return Optional.of("The file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG file.");
        }
        if (sizeBytes == 0) {
            return Optional.of("The file is empty.");
        }
        if (sizeBytes > MAX_BYTES) {
            return Optional.of("The file must be smaller than 5 MB.");
        }
        return Optional.empty();
    }
}
