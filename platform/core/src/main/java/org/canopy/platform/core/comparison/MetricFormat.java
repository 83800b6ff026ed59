package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition.Type;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the comparison shows values, changes and ratings to people (en-GB). */
public final class MetricFormat {

    public static final String NO_DATA = "no data";

    private MetricFormat() {
    }

    /** "3" or "3.5" (LEVEL), "72.5%" (PERCENT), "£12,300" or "£12,300.50" (MONEY), "1,240" (COUNT). */
    public static String display(Type type, BigDecimal value) {
        if (value == null) {
            return NO_DATA;
        }
        return switch (type) {
            case LEVEL, COUNT -> atMostOneDecimal(value);
            case PERCENT -> atMostOneDecimal(value) + "%";
            case MONEY -> money(value);
        };
    }

    /**
     * As {@link #display(Type, BigDecimal)}, but a whole value of a level metric that names its levels
     * reads as the name with the rank: "Established (3)". A median between two levels stays a number.
     */
    public static String display(ComparedMetric metric, BigDecimal value) {
        if (value != null && !metric.levels().isEmpty() && value.stripTrailingZeros().scale() <= 0) {
            int rank = value.intValue();
            if (rank >= 1 && rank <= metric.levels().size()) {
                return metric.levels().get(rank - 1) + " (" + rank + ")";
            }
        }
        return display(metric.type(), value);
    }

    /** The number as a spreadsheet reads it: "72.5", "-3", "12300.5". */
    public static String plain(BigDecimal value) {
        return value == null ? NO_DATA : value.stripTrailingZeros().toPlainString();
    }

    /** "↑", "↓", "→", or nothing when there is nothing to compare. */
    public static String arrow(Change change) {
        return switch (change) {
            case UP -> "↑";
            case DOWN -> "↓";
            case SAME -> "→";
            case NONE -> "";
        };
    }

    /** "up", "down", "same", or nothing when there is nothing to compare: for fonts without arrows. */
    public static String word(Change change) {
        return change == Change.NONE ? "" : change.name().toLowerCase(Locale.ROOT);
    }

    /** The rating in words, so that it never rests on colour alone. */
    public static String position(MedianPosition position) {
        return switch (position) {
            case GREEN -> "better";
            case AMBER -> "at median";
            case RED -> "worse";
            case NONE -> NO_DATA;
            case UNRATED -> "not rated";
        };
    }

    private static String atMostOneDecimal(BigDecimal value) {
        return pattern("#,##0.#").format(value);
    }

    private static String money(BigDecimal value) {
        boolean wholePounds = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
        return pattern(wholePounds ? "£#,##0" : "£#,##0.00").format(value);
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
