package org.canopy.plugins.cpdaudit.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.framework.InvalidFrameworkException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The module's refusals as problem+json (RFC 9457), with every reason in {@code errors}. */
final class Problems {

    static final String TYPE_BASE = "https://canopy.example/problems/cpd-audit/";

    private Problems() {
    }

    /** Runs a route's work, turning the rules' refusals into 4xx answers. */
    static <T> T answering(Supplier<T> work) {
        try {
            return work.get();
        } catch (AuditException e) {
            throw problem(status(e.kind()), e.kind().name().toLowerCase().replace('_', '-'), e.problems());
        } catch (InvalidFrameworkException e) {
            throw problem(400, "invalid-framework", e.problems());
        }
    }

    static int status(AuditException.Kind kind) {
        if (kind == AuditException.Kind.INVALID) {
            return 400;
        }
        if (kind == AuditException.Kind.FORBIDDEN) {
            return 403;
        }
        return kind == AuditException.Kind.NOT_FOUND ? 404 : 409;
    }

    private static WebApplicationException problem(int status, String type, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", Response.Status.fromStatusCode(status).getReasonPhrase());
        body.put("status", status);
        body.put("detail", String.join(" ", problems));
        body.put("errors", problems);
        return new WebApplicationException(Response.status(status).type("application/problem+json").entity(body).build());
    }
}
