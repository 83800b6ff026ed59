package org.canopy.platform.core.comparison;

import org.canopy.platform.core.comparison.TrustComparison.Column;
import org.canopy.platform.core.comparison.TrustComparison.Row;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The orders the comparison can be sorted in. */
final class RowOrder {

    private static final Comparator<Row> BY_NAME = Comparator
            .comparing((Row row) -> row.school().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(row -> row.school().urn());

    private RowOrder() {
    }

    static Comparator<Row> of(String column, boolean descending, List<Column> columns) {
        if (TrustComparison.SCHOOL_COLUMN.equals(column)) {
            return descending ? BY_NAME.reversed() : BY_NAME;
        }
        if (TrustComparison.PHASE_COLUMN.equals(column)) {
            Comparator<Row> byPhase = Comparator.comparing(row -> row.school().phase());
            return (descending ? byPhase.reversed() : byPhase).thenComparing(BY_NAME);
        }
        if (columns.stream().anyMatch(c -> c.metric().id().equals(column))) {
            return byValue(column, descending).thenComparing(BY_NAME);
        }
        throw new IllegalArgumentException("cannot sort by '" + column + "': the column must be one of "
                + Stream.concat(Stream.of(TrustComparison.SCHOOL_COLUMN, TrustComparison.PHASE_COLUMN),
                        columns.stream().map(c -> c.metric().id())).collect(Collectors.joining(", ")));
    }

    private static Comparator<Row> byValue(String metricId, boolean descending) {
        Comparator<BigDecimal> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(row -> row.cell(metricId).value(), Comparator.nullsLast(values));
    }
}
