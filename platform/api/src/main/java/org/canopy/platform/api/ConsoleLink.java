package org.canopy.platform.api;

import java.util.Objects;

/**
 * A link in the console's navigation or breadcrumbs. {@code path} is relative to the module's root
 * ({@code ""} is the root itself, {@code "notes/new"} a page below it).
 */
public record ConsoleLink(String label, String path) {

    public ConsoleLink {
        Objects.requireNonNull(label, "label");
        requireRelative(path);
    }

    static void requireRelative(String path) {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/") || path.contains("..") || path.contains(":") || path.contains("//")) {
            throw new IllegalArgumentException("a console path is relative to the module's root: " + path);
        }
    }
}
