package org.canopy.platform.core.http;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.canopy.platform.core.common.Refusal;
import org.canopy.platform.api.problem.ModuleProblem;

import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception leaving a resource becomes problem+json, services' refusals among them. The cause chain is searched because
 * JTA, JPA and Jersey wrap what actually went wrong; only what is left is a 500, logged with an id.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /** SQLSTATE class 22: out-of-range numbers and dates, NUL bytes and other unstorable values. */
    private static final String DATA_EXCEPTION = "22";

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web && web.getResponse().hasEntity()
                && Problem.MEDIA_TYPE.equals(String.valueOf(web.getResponse().getMediaType()))) {
            return web.getResponse(); // a module's own problem+json, e.g. with the reasons a step was refused
        }
        Problem problem = classify(exception).orElseGet(() -> serverError(exception));
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    static Optional<Problem> classify(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Optional<Problem> known = known(cause);
            if (known.isPresent()) {
                return known;
            }
        }
        if (exception instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String title = web.getResponse().getStatusInfo().getReasonPhrase();
            String detail = web.getMessage() == null || web.getMessage().startsWith("HTTP " + status) ? title + "." : web.getMessage();
            return Optional.of(ProblemException.of(status, "http-" + status, title, detail).problem());
        }
        return Optional.empty();
    }

    private static Optional<Problem> known(Throwable cause) {
        if (cause instanceof ProblemException problem) {
            return Optional.of(problem.problem());
        }
        if (cause instanceof Refusal refusal) {
            return Optional.of(ProblemException.of(refusal).problem());
        }
        if (cause instanceof ModuleProblem refusal) {
            return Optional.of(ProblemException.of(refusal).problem());
        }
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
            return Optional.of(ProblemException.of(400, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON for this resource: " + firstLine(cause.getMessage())).problem());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Optional.of(ProblemException.invalid(violations.getConstraintViolations().stream()
                    .map(v -> new org.canopy.platform.core.common.FieldError(String.valueOf(v.getPropertyPath()), v.getMessage()))
                    .toList()).problem());
        }
        if (cause instanceof OptimisticLockException) {
            return Optional.of(ProblemException.preconditionFailed().problem());
        }
        if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return Optional.of(ProblemException.conflict("This would duplicate a record that must be unique.").problem());
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(DATA_EXCEPTION)) {
            return Optional.of(ProblemException.of(400, "invalid-value", "Invalid value",
                    "A value is out of range or contains characters that cannot be stored (such as NUL).").problem());
        }
        if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
            return Optional.of(ProblemException.conflict("Other records still refer to this one.").problem());
        }
        return Optional.empty();
    }

    private static Problem serverError(Throwable exception) {
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "problem " + id, exception);
        return new Problem(ProblemException.type("internal"), "Internal error", 500,
                "Something went wrong on our side. Quote this id when reporting it: " + id, null, null, null, id);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable body";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
