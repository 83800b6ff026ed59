package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition;

import java.util.List;
import java.util.Objects;

/** A plugin's metric as a column of the trust comparison. */
public record ComparedMetric(String module, String key, String label, MetricDefinition.Type type,
                             MetricDefinition.Direction better, List<String> levels) {

    public ComparedMetric {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(better, "better");
        levels = List.copyOf(levels);
    }

    public ComparedMetric(String module, String key, String label, MetricDefinition.Type type, MetricDefinition.Direction better) {
        this(module, key, label, type, better, List.of());
    }

    public static ComparedMetric of(String module, MetricDefinition definition) {
        return new ComparedMetric(module, definition.key(), definition.label(), definition.type(), definition.better(),
                definition.levels());
    }

    /** Keys are unique only within a module, so the comparison names a metric {@code module.key}. */
    public static String id(String module, String key) {
        return module + "." + key;
    }

    public String id() {
        return id(module, key);
    }
}
