package org.canopy.platform.core.common;

/**
 * A request the domain refuses: the caller's mistake or missing right, never a fault of ours.
 * Services throw its kinds; only the edge decides how to answer (the API with problem+json, the
 * console with the form again or an error page). Unchecked, so a transactional service throwing
 * one rolls back: nothing half-written. Sealed, so that the edge has an answer for every kind.
 */
public abstract sealed class Refusal extends RuntimeException
        permits NotFound, Forbidden, Conflict, StaleVersion, InvalidInput, InvalidRows {

    protected Refusal(String detail) {
        super(detail);
    }

    /** What the person is told, in a sentence. */
    public String detail() {
        return getMessage();
    }
}
