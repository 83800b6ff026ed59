package org.canopy.platform.core.http;

import org.canopy.platform.core.common.FieldError;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is stable per kind of error; {@code errors} lists every
 * offending field (or CSV cell, or manifest line); {@code id} ties a 500 to its log entry.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      List<CellError> rows, List<ManifestError> manifestErrors, String id) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A CSV error: {@code row} is the spreadsheet row (the header is row 1, the first data row is 2). */
    public record CellError(int row, String column, String message) {
    }

    /** A problem in a tenant manifest, located by file, line and field ({@code schools[2].urn}). */
    public record ManifestError(String file, int line, String field, String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + field + " " + message;
        }
    }
}
