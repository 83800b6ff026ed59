package org.canopy.platform.core.console;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.common.StaleVersion;
import org.canopy.platform.core.http.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A console form as the user filled it in: the values to show again and, after a failed submit,
 * every error (for GOV.UK's error summary and the message beside each field). Field names are the
 * API's, so the core's validation messages land beside the right input.
 */
public final class Form {

    private final Map<String, String> values;
    private final FieldErrors errors = new FieldErrors();

    private Form(Map<String, String> values) {
        this.values = values;
    }

    public static Form blank() {
        return new Form(new LinkedHashMap<>());
    }

    public static Form of(Map<String, String> values) {
        return new Form(new LinkedHashMap<>(values));
    }

    /** The submitted values of {@code fields}, trimmed. */
    public static Form submitted(ConsoleExchange exchange, String... fields) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : fields) {
            values.put(field, exchange.parameter(field).orElse(""));
        }
        return new Form(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean selected(String field, String option) {
        return option.equals(value(field));
    }

    public Optional<String> error(String field) {
        return errors.list().stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }

    /** The ids of a field's hint and error message, or null when it has neither. */
    public String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? field + "-hint " : "") + (error(field).isPresent() ? field + "-error" : "")).trim();
        return ids.isEmpty() ? null : ids;
    }

    public List<FieldError> errors() {
        return errors.list();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Takes the field errors of a refused input. A stale version becomes the console's 409 page;
     * anything else is not a form problem and goes on up.
     */
    public Form rejectedBy(Refusal refusal) {
        if (refusal instanceof StaleVersion) {
            throw ProblemException.of(409, "edited-meanwhile", "Someone else changed this record",
                    "Someone changed this record while you were editing it. Open it again to see their changes, then make yours.");
        }
        if (!(refusal instanceof InvalidInput invalid)) {
            throw refusal;
        }
        errors.addAll(invalid.errors());
        return this;
    }

    public String text(String field) {
        String value = value(field);
        return value.isEmpty() ? null : value;
    }

    public Long wholeNumber(String field) {
        String value = value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(field, "must be a whole number, like 420");
            return null;
        }
    }

    /** A hidden number the form carries (such as the record's version); null if it was tampered with. */
    public static Long hiddenNumber(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public BigDecimal decimal(String field) {
        String value = value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field, "must be a number, like 0.8 or 31.5");
            return null;
        }
    }

    public LocalDate date(String field) {
        String value = value(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "must be a date, like 2024-09-01");
            return null;
        }
    }

    /** The options of a coded enumeration, in declaration order: value and label. */
    public static <E extends Enum<E> & Coded> List<Option> options(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(constant -> new Option(constant.code(), Codes.label(constant))).toList();
    }

    public record Option(String value, String label) {
    }
}
