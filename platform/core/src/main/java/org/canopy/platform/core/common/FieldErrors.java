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

    private static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(1900, 1, 1);
    private static final java.time.LocalDate LATEST = java.time.LocalDate.of(2100, 12, 31);

    /** Dates in school records are between 1900 and 2100; anything else is a typing slip. */
    public FieldErrors plausibleDate(String field, java.time.LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            add(field, "must be between 1900 and 2100");
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }
}
