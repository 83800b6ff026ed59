package org.canopy.platform.api.problem;

import java.util.regex.Pattern;

/**
 * The one scheme of problem {@code type}s for the whole product, core and modules alike:
 * {@code urn:canopy:problem:<kind>}, where the kind is stable, lower case with hyphens
 * ({@code invalid-input}, {@code not-found}, {@code forbidden}, {@code conflict}, or a module's own
 * such as {@code invalid-framework}). Clients may branch on the type; the title is for people.
 */
public final class ProblemTypes {

    /** What every problem type starts with. */
    public static final String PREFIX = "urn:canopy:problem:";

    /** Input that breaks a rule; {@link ModuleProblem#errors()} says where. */
    public static final String INVALID_INPUT = "invalid-input";
    /** Not found, or not the caller's to know about (another tenant's or another school's record). */
    public static final String NOT_FOUND = "not-found";
    /** The caller may see this but not do it. */
    public static final String FORBIDDEN = "forbidden";
    /** Not now: the record is in a state that does not allow it. */
    public static final String CONFLICT = "conflict";

    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ProblemTypes() {
    }

    /** The type URI of {@code kind}; refuses a kind outside the scheme. */
    public static String of(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a problem kind is lower case words joined by hyphens: " + kind);
        }
        return PREFIX + kind;
    }
}
