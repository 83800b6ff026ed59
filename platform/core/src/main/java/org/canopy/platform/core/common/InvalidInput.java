package org.canopy.platform.core.common;

import java.util.List;

/** Input with every offending field named, each with its message. */
public final class InvalidInput extends Refusal {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super("The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
