package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition.Direction;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The red-amber-green rating of a school's value against the trust median, whichever way is better;
 * a metric without a better direction is never rated.
 */
public enum MedianPosition {
    /** Better than the trust median. */
    GREEN,
    /** Equal to the trust median. */
    AMBER,
    /** Worse than the trust median. */
    RED,
    /** The school has no data. */
    NONE,
    /**
     * A value that is shown but never rated: its metric has no better direction ({@link Direction#NONE}),
     * or it is the trust's own value on the "Trust (central)" row, which has no median to be against.
     */
    UNRATED;

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** @return the median of the values (the mean of the middle two of an even count), or null if there are none */
    public static BigDecimal median(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int count = sorted.size();
        if (count == 0) {
            return null;
        }
        BigDecimal upperMiddle = sorted.get(count / 2);
        return count % 2 == 1 ? upperMiddle : sorted.get(count / 2 - 1).add(upperMiddle).divide(TWO);
    }

    public static MedianPosition of(BigDecimal value, BigDecimal median, Direction better) {
        if (value == null || median == null) {
            return NONE;
        }
        if (better == Direction.NONE) {
            return UNRATED;
        }
        int comparison = value.compareTo(median);
        if (better == Direction.LOWER_IS_BETTER) {
            comparison = -comparison;
        }
        return comparison > 0 ? GREEN : comparison < 0 ? RED : AMBER;
    }
}
