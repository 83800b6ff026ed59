package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values per school and academic year that the trust comparison shows, for each tenant that has
 * the plugin's module enabled: a new plugin appears on the CEO's screen with no change in the core.
 */
public interface SchoolMetrics extends ExtensionPoint {

    List<MetricDefinition> definitions();

    /**
     * This tenant's values for the academic year ({@code 2025/26}). A school without a value is left
     * out (shown as "no data", never as 0).
     */
    List<MetricValue> values(ModuleContext context, String academicYear);

    /**
     * Findings about {@code schools} as a whole (the schools the comparison shows, after its filters),
     * shown above the comparison and on the board pack's cover: one sentence each, e.g. "Of 6 schools
     * audited more than once, 100% improved in at least one area". None by default.
     */
    default List<String> headlines(ModuleContext context, String academicYear, Collection<UUID> schools) {
        return List.of();
    }

    /**
     * Metrics of the trust as a whole rather than of a school (the levy account belongs to the trust,
     * the employer): the comparison shows them on a "Trust (central)" row, outside every school's
     * median and rating. Keys are unique among all this module's metrics. None by default.
     */
    default List<MetricDefinition> trustDefinitions() {
        return List.of();
    }

    /**
     * This tenant's values of {@link #trustDefinitions()} for the academic year, by metric key; a metric
     * left out is no data (never 0). None by default.
     */
    default Map<String, BigDecimal> trustValues(ModuleContext context, String academicYear) {
        return Map.of();
    }
}
