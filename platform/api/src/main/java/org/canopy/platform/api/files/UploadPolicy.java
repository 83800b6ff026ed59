package org.canopy.platform.api.files;

import org.canopy.platform.api.Upload;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which files a form accepts: the media types (decided by content, {@link FileTypes}) and the most
 * bytes. {@link #accept} gives the upload with its real type, to store and serve back, or refuses it
 * with a message in the user's words naming {@code what} ("The attachment must be smaller than 1 MB").
 *
 * @param what           the file as the form calls it, capitalised: "The attachment", "The file"
 * @param mediaTypes     the accepted media types, e.g. {@code application/pdf}
 * @param typesInWords   the accepted types as people know them: "a PDF, PNG, JPEG or plain text file"
 * @param maxBytes       the most bytes accepted (the console refuses more than 5 MB before any module sees it)
 */
public record UploadPolicy(String what, Set<String> mediaTypes, String typesInWords, int maxBytes) {

    /** The longest file name kept. */
    public static final int MAX_NAME_LENGTH = 255;

    public UploadPolicy {
        mediaTypes = Set.copyOf(mediaTypes);
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes " + maxBytes);
        }
    }

    /** Why {@code upload} is refused, if it is; its type decided by {@code types}. */
    public Optional<String> refusal(Upload upload, FileTypes types) {
        if (upload.filename().isBlank() || upload.filename().length() > MAX_NAME_LENGTH) {
            return Optional.of(what + "'s name must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (upload.size() == 0) {
            return Optional.of(what + " is empty");
        }
        if (!mediaTypes.contains(types.detect(upload.content(), upload.filename()))) {
            return Optional.of(what + " must be " + typesInWords);
        }
        if (upload.size() > maxBytes) {
            return Optional.of(what + " must be smaller than " + size(maxBytes));
        }
        return Optional.empty();
    }

    /**
     * The upload with the media type its bytes show, or a 400 ({@link ModuleProblem}) on {@code field}
     * with the reason.
     */
    public Upload accept(Upload upload, FileTypes types, String field) {
        refusal(upload, types).ifPresent(reason -> {
            throw ModuleProblem.invalid(field, reason);
        });
        return new Upload(upload.filename(), types.detect(upload.content(), upload.filename()), upload.content());
    }

    /** "1 MB", "5 MB", "500 KB". */
    static String size(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : String.format(Locale.UK, "%,d bytes", bytes);
    }
}
