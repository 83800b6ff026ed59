package org.canopy.platform.core.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects every problem with an input, so the user can fix them all in one go. */
public final class FieldErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /** The constant for {@code code}, or an error on {@code field} when it names none. Null stays null. */
    public <E extends Enum<E> & Coded> E code(String field, Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Optional<E> value = Codes.parse(type, code);
        if (value.isEmpty()) {
            add(field, Codes.allowed(type));
        }
        return value.orElse(null);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }
}
