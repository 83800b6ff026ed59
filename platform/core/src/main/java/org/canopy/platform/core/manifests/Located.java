package org.canopy.platform.core.manifests;

import java.util.Map;

/**
 * An entry of a manifest with the line it starts on and the line of each of its fields, so a
 * validation error on a field can be reported where the user wrote it.
 */
public record Located<T>(T value, String path, int line, Map<String, Integer> fieldLines) {

    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }
}
