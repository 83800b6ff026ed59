package org.canopy.platform.api.forms;

import org.canopy.platform.api.problem.FieldError;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.List;
import java.util.Optional;

/**
 * The errors of a form shown again after a refused submit, for the kit's templates: the GOV.UK
 * error summary ({@code @template.kit.error-summary(errors = …)}), which links each message to its
 * field's {@code id}, and the message beside each field ({@code @template.kit.error-message(…)}).
 */
public record FormErrors(List<FieldError> list) {

    private static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        list = List.copyOf(list);
    }

    /** A form shown for the first time. */
    public static FormErrors none() {
        return NONE;
    }

    /** The reasons a module gave for refusing the form. */
    public static FormErrors of(ModuleProblem refusal) {
        return new FormErrors(refusal.errors().isEmpty() ? List.of(FieldError.general(refusal.detail())) : refusal.errors());
    }

    /** One field in error. */
    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new FieldError(field, message)));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean has(String field) {
        return message(field).isPresent();
    }

    /** The first message about {@code field}. */
    public Optional<String> message(String field) {
        return list.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst();
    }

    /** Where the summary's link for {@code error} goes: its field, or the page's main content for a general one. */
    public static String anchor(FieldError error) {
        return error.isGeneral() ? "main-content" : error.field();
    }
}
