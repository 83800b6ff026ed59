package org.canopy.platform.api.paging;

import org.canopy.platform.api.problem.FieldErrors;

import java.util.Optional;

/**
 * Which slice of a long list a caller asked for: {@code offset} rows skipped, at most {@code limit}
 * returned ({@code ?offset=50&limit=25} on a route, the same names on a page's links). Values out of
 * bounds are the caller's mistake: a 400 naming the parameter, never a silent clamp or a 500.
 * In SQL: {@code … order by … limit ? offset ?} with {@link #limit()} and {@link #offset()}.
 */
public record PageRequest(int offset, int limit) {

    /** Rows per page when the caller does not say. */
    public static final int DEFAULT_LIMIT = 50;
    /** The most rows a caller may ask for at once. */
    public static final int MAX_LIMIT = 500;
    /** The furthest a caller may skip: beyond it, filter instead. */
    public static final int MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (offset < 0 || offset > MAX_OFFSET || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset 0.." + MAX_OFFSET + " and limit 1.." + MAX_LIMIT + ": " + offset + ", " + limit);
        }
    }

    /** The first page of {@link #DEFAULT_LIMIT} rows. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /**
     * The request from its parameters as sent (absent or blank: the defaults); a 400
     * ({@code ModuleProblem}) naming each bad one.
     */
    public static PageRequest of(Optional<String> offset, Optional<String> limit) {
        return of(offset, limit, DEFAULT_LIMIT);
    }

    /** As {@link #of(Optional, Optional)}, with {@code defaultLimit} rows when the caller does not say. */
    public static PageRequest of(Optional<String> offset, Optional<String> limit, int defaultLimit) {
        FieldErrors errors = new FieldErrors();
        int skipped = number(offset, 0, MAX_OFFSET, "offset", errors);
        int rows = number(limit, defaultLimit, MAX_LIMIT, "limit", errors);
        errors.throwIfAny();
        return new PageRequest(skipped, rows);
    }

    /** As {@link #of(Optional, Optional)}, for query parameters that are null when absent. */
    public static PageRequest of(String offset, String limit) {
        return of(Optional.ofNullable(offset), Optional.ofNullable(limit));
    }

    /** The request for the next page. */
    public PageRequest next() {
        return new PageRequest(Math.min(offset + limit, MAX_OFFSET), limit);
    }

    private static int number(Optional<String> text, int absent, int max, String name, FieldErrors errors) {
        Optional<String> given = text.map(String::trim).filter(value -> !value.isEmpty());
        if (given.isEmpty()) {
            return absent;
        }
        int least = name.equals("limit") ? 1 : 0;
        try {
            int value = Integer.parseInt(given.get());
            if (value >= least && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        errors.add(name, name + " must be a whole number from " + least + " to " + max);
        return absent;
    }
}
