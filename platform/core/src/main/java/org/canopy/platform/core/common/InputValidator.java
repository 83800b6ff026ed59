package org.canopy.platform.core.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/** Bean Validation turned into {@link FieldError}s named by property path ({@code terms.autumn.startsOn}). */
public final class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    public List<FieldError> validate(Object input) {
        return validator.validate(input).stream()
                .map(violation -> new FieldError(propertyPath(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    private static String propertyPath(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .map(Path.Node::getName)
                .filter(name -> name != null && !name.isEmpty())
                .reduce((a, b) -> a + "." + b)
                .orElse("");
    }
}
