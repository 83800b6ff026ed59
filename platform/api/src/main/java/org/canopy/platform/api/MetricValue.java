package org.canopy.platform.api;

import java.math.BigDecimal;
import java.util.UUID;

/** One school's value of one metric ({@link MetricDefinition#key()}). */
public record MetricValue(String metric, UUID schoolId, BigDecimal value) {
}
