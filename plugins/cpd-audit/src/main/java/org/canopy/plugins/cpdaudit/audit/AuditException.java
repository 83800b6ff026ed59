package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.problem.FieldError;
import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.api.problem.ProblemTypes;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request the audit's rules refuse, with the reasons people can act on: the kit's problem, so the
 * core answers it (bad input 400, not allowed 403, not found 404, wrong moment 409) as it answers its own.
 */
public class AuditException extends ModuleProblem {

    /** The four refusals of the audit's rules, each with its status and problem kind. */
    public enum Kind {
        INVALID(400, ProblemTypes.INVALID_INPUT, "Invalid input"),
        FORBIDDEN(403, ProblemTypes.FORBIDDEN, "Forbidden"),
        NOT_FOUND(404, ProblemTypes.NOT_FOUND, "Not found"),
        CONFLICT(409, ProblemTypes.CONFLICT, "Conflict");

        private final int status;
        private final String problemKind;
        private final String title;

        Kind(int status, String problemKind, String title) {
            this.status = status;
            this.problemKind = problemKind;
            this.title = title;
        }
    }

    /** {@code field: message}, as the rules spell a reason about one input. */
    private static final Pattern ABOUT_A_FIELD = Pattern.compile("([A-Za-z][A-Za-z0-9.\\-]*): (.+)", Pattern.DOTALL);

    private AuditException(Kind kind, List<FieldError> errors, String detail) {
        super(kind.status, kind.problemKind, kind.title, detail, errors);
    }

    /** A refusal for every reason in {@code problems}; a reason spelt {@code field: message} is about that field. */
    public AuditException(Kind kind, List<String> problems) {
        this(kind, problems.stream().map(problem -> kind == Kind.INVALID ? error(problem) : FieldError.general(problem)).toList(),
                String.join(" ", problems));
    }

    public static AuditException invalid(String problem) {
        return new AuditException(Kind.INVALID, List.of(problem));
    }

    /** Bad input in {@code field}, {@code message} in the user's words. */
    public static AuditException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** Bad input, every field at once. */
    public static AuditException invalid(List<FieldError> errors) {
        return new AuditException(Kind.INVALID, errors,
                String.join(" ", errors.stream().map(FieldError::message).toList()));
    }

    public static AuditException forbidden(String problem) {
        return new AuditException(Kind.FORBIDDEN, List.of(problem));
    }

    public static AuditException notFound(String what) {
        return new AuditException(Kind.NOT_FOUND, List.of(what + " was not found."));
    }

    public static AuditException conflict(String problem) {
        return new AuditException(Kind.CONFLICT, List.of(problem));
    }

    /** The reasons in the user's words, without the fields they are about. */
    public List<String> problems() {
        return messages();
    }

    private static FieldError error(String problem) {
        Matcher aboutAField = ABOUT_A_FIELD.matcher(problem);
        if (!aboutAField.matches()) {
            return FieldError.general(problem);
        }
        String message = aboutAField.group(2);
        return new FieldError(aboutAField.group(1), Character.toUpperCase(message.charAt(0)) + message.substring(1));
    }
}
