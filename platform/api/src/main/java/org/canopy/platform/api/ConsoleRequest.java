package org.canopy.platform.api;

import java.util.List;
import java.util.Optional;

/** A console request to a module's page: a GET, or a form POST that passed the CSRF check. */
public interface ConsoleRequest {

    /** {@code GET} or {@code POST}. */
    String method();

    /** The path below the module's root, without a leading slash ({@code ""} for the root). */
    String path();

    /** A query or form parameter (the first value when repeated). */
    Optional<String> parameter(String name);

    List<String> parameters(String name);

    /** A file field of a multipart form; empty when the field is missing or no file was chosen. */
    default Optional<Upload> upload(String name) {
        return Optional.empty();
    }

    default boolean isPost() {
        return "POST".equals(method());
    }
}
