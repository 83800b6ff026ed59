package org.canopy.platform.api.problem;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request a module refuses, with the reasons people can act on. Throw it from a route, a page or
 * a service: the core answers the API with {@code application/problem+json} (RFC 9457: {@code type}
 * from {@link ProblemTypes}, {@code title}, {@code status}, {@code detail} and {@code errors} as
 * {@code [{field, message}]}) and the console with its error page. A console form catches it to show
 * itself again with {@link #errors()} in the error summary (see {@code forms}). Unchecked, so work
 * inside {@code TenantData.inTransaction} that throws it is rolled back: nothing half-written.
 * <p>
 * Subclass it for a module's own kinds, or use the factories for the usual four.
 */
public class ModuleProblem extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    /**
     * @param status HTTP status, 400 to 499
     * @param kind   the stable kind, as {@link ProblemTypes#of(String)} takes it
     * @param title  a short summary of the kind, the same for every occurrence
     * @param detail this occurrence, in a sentence
     * @param errors every offending field or reason; may be empty
     */
    public ModuleProblem(int status, String kind, String title, String detail, List<FieldError> errors) {
        super(detail);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a module's refusal is a 4xx status, not " + status);
        }
        ProblemTypes.of(kind);
        this.status = status;
        this.kind = kind;
        this.title = Objects.requireNonNull(title, "title");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.errors = List.copyOf(errors);
    }

    /** 400: every field error at once, so the user can fix them all in one go. */
    public static ModuleProblem invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one error");
        }
        return new ModuleProblem(400, ProblemTypes.INVALID_INPUT, "Invalid input", sentences(errors), errors);
    }

    /** 400: one field in error, {@code message} in the user's words ("Enter a note of 1 to 500 characters"). */
    public static ModuleProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** 403: the caller may see this but not do it; {@code detail} says who may. */
    public static ModuleProblem forbidden(String detail) {
        return new ModuleProblem(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, List.of());
    }

    /** 404: {@code what} ("Audit", "Note") does not exist for this caller. */
    public static ModuleProblem notFound(String what) {
        return new ModuleProblem(404, ProblemTypes.NOT_FOUND, "Not found", what + " was not found.", List.of());
    }

    /** 409: not now, for one reason. */
    public static ModuleProblem conflict(String detail) {
        return conflict(List.of(detail));
    }

    /** 409: not now, with every reason (each a general {@link FieldError}). */
    public static ModuleProblem conflict(List<String> reasons) {
        List<FieldError> errors = reasons.stream().map(FieldError::general).toList();
        return new ModuleProblem(409, ProblemTypes.CONFLICT, "Conflict", sentences(errors), errors);
    }

    public int status() {
        return status;
    }

    /** The kind, e.g. {@code invalid-input}. */
    public String kind() {
        return kind;
    }

    /** The problem's {@code type} URI: {@code urn:canopy:problem:<kind>}. */
    public String type() {
        return ProblemTypes.of(kind);
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The messages alone, as a page lists them. */
    public List<String> messages() {
        return errors.isEmpty() ? List.of(detail) : errors.stream().map(FieldError::message).toList();
    }

    private static String sentences(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).map(ModuleProblem::sentence).collect(Collectors.joining(" "));
    }

    private static String sentence(String message) {
        return message.endsWith(".") || message.endsWith("?") || message.endsWith("!") ? message : message + ".";
    }
}
