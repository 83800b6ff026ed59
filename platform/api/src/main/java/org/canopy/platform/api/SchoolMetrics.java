package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.util.Collection;
import java.util.List;
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
}
