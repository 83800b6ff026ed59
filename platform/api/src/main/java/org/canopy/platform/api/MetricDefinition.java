package org.canopy.platform.api;

import java.util.List;
import java.util.Objects;

/**
 * A school metric: {@code key} unique within the module, how to read it and which way is better.
 * A {@link Type#LEVEL} may name its levels, lowest first: value 1 is {@code levels.get(0)}, so the
 * comparison reads "Established" rather than "3".
 */
public record MetricDefinition(String key, String label, Type type, Direction better, List<String> levels) {

    public enum Type { LEVEL, MONEY, PERCENT, COUNT }

    /**
     * Which way is better. {@link #NONE} is for a metric with no honest direction (such as the share of
     * CPD spend on supply cover): the comparison shows it, with its median, but never rates a school
     * against the median nor calls a change better or worse.
     */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER, NONE }

    public MetricDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(better, "better");
        levels = List.copyOf(levels);
        if (!levels.isEmpty() && type != Type.LEVEL) {
            throw new IllegalArgumentException("only a level metric names its levels: " + key);
        }
    }

    /** A metric without level names. */
    public MetricDefinition(String key, String label, Type type, Direction better) {
        this(key, label, type, better, List.of());
    }
}
