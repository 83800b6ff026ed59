package org.canopy.platform.api;

import java.util.Objects;

/**
 * A school metric: {@code key} unique within the module, how to read it and which way is better.
 */
public record MetricDefinition(String key, String label, Type type, Direction better) {

    public enum Type { LEVEL, MONEY, PERCENT, COUNT }

    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    public MetricDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(better, "better");
    }
}
