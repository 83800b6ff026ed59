package org.canopy.platform.api.problem;

import java.util.Objects;

/**
 * One thing wrong with a request, as the API lists it in a problem's {@code errors} and the console
 * links to it from the error summary. {@code field} names the input as the client spelled it (the
 * form field's {@code id}, so the summary's link lands on it); it is empty for a reason that belongs
 * to the request as a whole. {@code message} is in the user's words, never the field's name.
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A reason about the whole request, not one field (e.g. why a step cannot be taken yet). */
    public static FieldError general(String message) {
        return new FieldError("", message);
    }

    /** Whether this error belongs to no single field. */
    public boolean isGeneral() {
        return field.isEmpty();
    }
}
