package org.canopy.plugins.cpdaudit.evaluation;

import org.canopy.platform.api.files.UploadPolicy;

import java.util.Set;

/**
 * Which evidence files an audit accepts: documents, spreadsheets, slides and images up to
 * {@value #MAX_BYTES} bytes, the type decided by the file's content (the kit's {@link UploadPolicy}),
 * never by what the browser claims; the stored content type is the one the content shows.
 */
public final class EvidencePolicy {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILES_PER_AUDIT = 60;

    public static final UploadPolicy POLICY = new UploadPolicy("The file", Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text",
            "text/csv",
            "text/plain",
            "image/png",
            "image/jpeg"),
            "a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG file", MAX_BYTES);

    private EvidencePolicy() {
    }
}
