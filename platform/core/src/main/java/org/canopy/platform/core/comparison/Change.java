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

    /** A change of a metric without a better direction is never an improvement. */
    public boolean isImprovement(Direction better) {
        return switch (better) {
            case HIGHER_IS_BETTER -> this == UP;
            case LOWER_IS_BETTER -> this == DOWN;
            case NONE -> false;
        };
    }
}
