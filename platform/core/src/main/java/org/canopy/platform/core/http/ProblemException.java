package org.canopy.platform.core.http;

import org.canopy.platform.api.csv.InvalidCsv;
import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.api.problem.ProblemTypes;
import org.canopy.platform.core.common.CellError;
import org.canopy.platform.core.common.Conflict;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.Forbidden;
import org.canopy.platform.core.common.InvalidInput;
import org.canopy.platform.core.common.InvalidRows;
import org.canopy.platform.core.common.ManifestError;
import org.canopy.platform.core.common.NotFound;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.core.common.StaleVersion;

import java.util.List;

/**
 * A request the user got wrong (or may not make), answered as problem+json: thrown at the web edge
 * only (resources, console pages, servlets), which turn services' {@link Refusal}s into one with
 * {@link #of(Refusal)}.
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

    /** The answer to a service's refusal: each kind has its status, {@code type} and body. */
    public static ProblemException of(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return of(404, "not-found", "Not found", refusal.detail());
        }
        if (refusal instanceof Forbidden) {
            return forbidden(refusal.detail());
        }
        if (refusal instanceof Conflict) {
            return conflict(refusal.detail());
        }
        if (refusal instanceof StaleVersion) {
            return preconditionFailed();
        }
        if (refusal instanceof InvalidInput invalid) {
            return invalid(invalid.errors());
        }
        InvalidRows rows = (InvalidRows) refusal; // the last kind of the sealed Refusal
        return new ProblemException(new Problem(type("csv-invalid"), "Invalid CSV", 400, rows.detail(), null, rows.rows(), null, null));
    }

    /** A tenant manifest that cannot be applied, every error located by file, line and field. */
    public static ProblemException invalidManifest(String detail, List<ManifestError> errors) {
        return new ProblemException(new Problem(type("manifest-invalid"), "Invalid tenant manifest", 400, detail,
                null, null, List.copyOf(errors), null));
    }

    public static ProblemException notFound(String what) {
        return of(new NotFound(what));
    }

    public static ProblemException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        InvalidInput invalid = new InvalidInput(errors);
        return new ProblemException(new Problem(type("invalid-input"), "Invalid input", 400, invalid.detail(),
                invalid.errors(), null, null, null));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException preconditionFailed() {
        return of(412, "stale-version", "Precondition failed", new StaleVersion().detail());
    }

    public static ProblemException preconditionRequired() {
        return of(428, "if-match-required", "Precondition required",
                "Send the resource's ETag in an If-Match header so that no one else's change is overwritten.");
    }

    /** A module's refusal, answered like the core's own: same type scheme, same {@code errors}. */
    public static ProblemException of(ModuleProblem refusal) {
        if (refusal instanceof InvalidCsv csv) {
            return new ProblemException(new Problem(refusal.type(), refusal.title(), refusal.status(), refusal.detail(), null,
                    csv.cells().stream().map(cell -> new CellError(cell.row(), cell.column(), cell.message())).toList(), null, null));
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
