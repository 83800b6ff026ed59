package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition.Direction;

import java.math.BigDecimal;

/** How a school's value moved since the previous academic year. */
public enum Change {
    UP, DOWN, SAME,
    /** This year's or last year's value is missing. */
    NONE;

    public static Change between(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null) {
            return NONE;
        }
        int comparison = current.compareTo(previous);
        return comparison > 0 ? UP : comparison < 0 ? DOWN : SAME;
    }

    public boolean isImprovement(Direction better) {
        return this == (better == Direction.HIGHER_IS_BETTER ? UP : DOWN);
    }
}
