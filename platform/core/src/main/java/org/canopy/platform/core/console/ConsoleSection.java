package org.canopy.platform.core.console;

import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.tenancy.TenantKind;

import java.io.IOException;
import java.util.Optional;

/**
 * A part of the console inside a tenant, answering {@code /t/{tenant}/{segment}/…}: schools, staff,
 * the comparison, modules' pages. Sections are CDI beans found by their segment; the navigation
 * lists those open to the user, and the others answer 403, so nobody is shown a link to a refusal.
 */
public interface ConsoleSection {

    /** The first path segment after the tenant ({@code ""} for the tenant's home page). */
    String segment();

    /** The label in the navigation, in {@link #order()}; empty for sections not listed there. */
    default Optional<String> navigationLabel() {
        return Optional.empty();
    }

    default int order() {
        return 100;
    }

    /** Who may use the section at all (finer checks, e.g. per school, happen in {@link #handle}). */
    boolean openTo(AccessPolicy policy, TenantKind kind);

    /** What to tell someone the section is not open to. */
    default String refusal() {
        return "Your role in this trust or hub does not include this page.";
    }

    /** GET or POST; a POST has passed the CSRF check. Throw {@code ProblemException} for errors. */
    void handle(ConsoleExchange exchange) throws IOException;
}
