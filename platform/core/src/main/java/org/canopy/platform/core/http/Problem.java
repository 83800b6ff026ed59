package org.canopy.platform.core.http;

import org.canopy.platform.core.common.CellError;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.ManifestError;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is stable per kind of error; {@code errors} lists every
 * offending field (or CSV cell, or manifest line); {@code id} ties a 500 to its log entry.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      List<CellError> rows, List<ManifestError> manifestErrors, String id) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
