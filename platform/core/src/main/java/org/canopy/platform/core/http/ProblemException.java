package org.canopy.platform.core.http;

import org.canopy.platform.api.csv.InvalidCsv;
import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.api.problem.ProblemTypes;
import org.canopy.platform.core.common.FieldError;

import java.util.List;

/**
 * A request the user got wrong (or may not make), answered as problem+json. Unchecked, so a
 * transactional service throwing it rolls back: nothing half-written.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String kind, String title, String detail) {
        return new ProblemException(new Problem(type(kind), title, status, detail, null, null, null, null));
    }

    public static ProblemException notFound(String what) {
        return of(404, "not-found", "Not found", what + " was not found.");
    }

    public static ProblemException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem(type("invalid-input"), "Invalid input", 400,
                "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "" : "s") + ".",
                List.copyOf(errors), null, null, null));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException preconditionFailed() {
        return of(412, "stale-version", "Precondition failed",
                "The resource changed since you read it; fetch it again and reapply your change.");
    }

    public static ProblemException preconditionRequired() {
        return of(428, "if-match-required", "Precondition required",
                "Send the resource's ETag in an If-Match header so that no one else's change is overwritten.");
    }

    /** A module's refusal, answered like the core's own: same type scheme, same {@code errors}. */
    public static ProblemException of(ModuleProblem refusal) {
        if (refusal instanceof InvalidCsv csv) {
            return new ProblemException(new Problem(refusal.type(), refusal.title(), refusal.status(), refusal.detail(), null,
                    csv.cells().stream().map(cell -> new Problem.CellError(cell.row(), cell.column(), cell.message())).toList(), null, null));
        }
        List<FieldError> errors = refusal.errors().stream().map(e -> new FieldError(e.field(), e.message())).toList();
        return new ProblemException(new Problem(refusal.type(), refusal.title(), refusal.status(), refusal.detail(),
                errors.isEmpty() ? null : errors, null, null, null));
    }

    /** The type URI of {@code kind}, in the one scheme of the product ({@link ProblemTypes}). */
    public static String type(String kind) {
        return ProblemTypes.of(kind);
    }
}
