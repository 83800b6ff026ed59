package org.canopy.plugins.cpdaudit.framework;

import java.util.Map;
import java.util.Objects;

/**
 * What leaders judge within an area. {@code weight} 2 or 3 counts the criterion double or triple
 * where the evidence that it matters is strongest; {@code descriptors} describe it at each level key.
 */
public record Criterion(String key, String title, int weight, Map<String, String> descriptors) {

    public Criterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        descriptors = Map.copyOf(descriptors);
    }
}
