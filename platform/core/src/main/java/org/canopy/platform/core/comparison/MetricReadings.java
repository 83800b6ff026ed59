package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricValue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Every school's value of every metric for one academic year; a missing value means "no data". */
public final class MetricReadings {

    private static final MetricReadings NONE = new MetricReadings(Map.of());

    private final Map<Reading, BigDecimal> values;

    private MetricReadings(Map<Reading, BigDecimal> values) {
        this.values = Map.copyOf(values);
    }

    /** For a year without readings, such as the year before a trust started using Canopy. */
    public static MetricReadings none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** @return the value, or null when the school has no data for the metric */
    public BigDecimal value(String metricId, UUID schoolId) {
        return values.get(new Reading(metricId, schoolId));
    }

    private record Reading(String metricId, UUID schoolId) {
    }

    public static final class Builder {

        private final Map<Reading, BigDecimal> values = new HashMap<>();

        private Builder() {
        }

        /** A null value is no data, as if the reading were left out. */
        public Builder add(String metricId, UUID schoolId, BigDecimal value) {
            if (value == null) {
                return this;
            }
            if (values.putIfAbsent(new Reading(metricId, schoolId), value) != null) {
                throw new IllegalArgumentException("two values of " + metricId + " for school " + schoolId);
            }
            return this;
        }

        /** The values a module's {@link org.canopy.platform.api.SchoolMetrics} returned. */
        public Builder addAll(String module, Collection<MetricValue> moduleValues) {
            for (MetricValue value : moduleValues) {
                add(ComparedMetric.id(module, value.metric()), value.schoolId(), value.value());
            }
            return this;
        }

        public MetricReadings build() {
            return new MetricReadings(values);
        }
    }
}
