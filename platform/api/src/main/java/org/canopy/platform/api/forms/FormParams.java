package org.canopy.platform.api.forms;

import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.problem.FieldErrors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A console form's parameters read as the types the module wants, each problem collected as a field
 * error in the user's words ("Enter the due date as a real date, like 31 3 2027"), never the
 * field's name. Read every field, then {@link #refuseIfAny()}: the form comes back with all of them.
 * Dates are GOV.UK's three fields ({@code name-day}, {@code name-month}, {@code name-year}, as the
 * kit's {@code kit/date-input.jte} writes them).
 */
public final class FormParams {

    private final ConsoleRequest request;
    private final FieldErrors errors = new FieldErrors();

    public FormParams(ConsoleRequest request) {
        this.request = request;
    }

    /** The trimmed text of {@code name}; empty when blank. */
    public Optional<String> text(String name) {
        return request.parameter(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A whole number from {@code min} to {@code max}; {@code what} names it for the message ("the number of staff"). */
    public Optional<Integer> wholeNumber(String name, String what, int min, int max) {
        Optional<String> text = text(name);
        try {
            Optional<Integer> value = text.map(t -> Integer.parseInt(t.replace(",", "")));
            if (value.isEmpty() || (value.get() >= min && value.get() <= max)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(name, "Enter " + what + " as a whole number from " + min + " to " + max);
        return Optional.empty();
    }

    /** A date from the three fields of {@code name}; {@code what} names it ("the due date"). Empty when all three are blank. */
    public Optional<LocalDate> date(String name, String what) {
        Optional<String> day = text(name + "-day");
        Optional<String> month = text(name + "-month");
        Optional<String> year = text(name + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return Optional.empty();
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(name + "-day", capitalised(what) + " must include a day, month and year");
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year.get());
            if (y < 1900 || y > 2100) {
                throw new DateTimeException("year " + y);
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.get()), Integer.parseInt(day.get())));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(name + "-day", capitalised(what) + " must be a real date, like 31 3 2027");
            return Optional.empty();
        }
    }

    /** One of {@code type}'s constants by its code (lower case, hyphens: {@code in-progress}); {@code what} names the choice. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type, String what) {
        Optional<String> text = text(name);
        Optional<E> value = text.flatMap(code -> Arrays.stream(type.getEnumConstants())
                .filter(constant -> code(constant).equals(code.toLowerCase(Locale.ROOT))).findFirst());
        if (text.isPresent() && value.isEmpty()) {
            errors.add(name, "Select " + what);
        }
        return value;
    }

    /** Reports a problem the module found with {@code name} itself. */
    public FormParams error(String name, String message) {
        errors.add(name, message);
        return this;
    }

    /** The form's errors so far, for the kit's templates. */
    public FormErrors errors() {
        return new FormErrors(errors.list());
    }

    /** A 400 ({@code ModuleProblem}) with every error collected, if any. */
    public void refuseIfAny() {
        errors.throwIfAny();
    }

    /** The code of a constant: {@code IN_PROGRESS} → {@code in-progress}. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
