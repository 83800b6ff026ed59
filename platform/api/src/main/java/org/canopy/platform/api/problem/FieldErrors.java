package org.canopy.platform.api.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before refusing it, so the user can fix them all in one go. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Refuses the input with every error collected ({@link ModuleProblem#invalid(List)}), if any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ModuleProblem.invalid(errors);
        }
    }
}
