package org.canopy.plugins.cpdaudit.audit;

import java.util.List;

/**
 * A request the audit's rules refuse, with the reasons people can act on. {@link Kind} decides the
 * HTTP status at the edge: bad input 400, not allowed 403, not found 404, wrong moment 409.
 */
public class AuditException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final List<String> problems;

    public AuditException(Kind kind, List<String> problems) {
        super(String.join("; ", problems));
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static AuditException invalid(String problem) {
        return new AuditException(Kind.INVALID, List.of(problem));
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

    public Kind kind() {
        return kind;
    }

    public List<String> problems() {
        return problems;
    }
}
