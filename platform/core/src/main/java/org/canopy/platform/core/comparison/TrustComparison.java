package org.canopy.platform.core.comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The trust comparison for one academic year: a column per metric with the trust median, a row per
 * school with a cell per metric. Filtering and sorting return a new comparison; the medians and
 * red-amber-green ratings stay those of the whole trust. Metrics of the trust as a whole (the levy
 * account belongs to the trust) are on the {@link Central} row, apart from every median and rating.
 *
 * @param previousYear the year changes are measured from, or null when there is none
 */
public record TrustComparison(String year, String previousYear, List<Column> columns, List<Row> rows, Central central) {

    public static final String SCHOOL_COLUMN = "school";
    public static final String PHASE_COLUMN = "phase";

    public TrustComparison {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(central, "central");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * Rows come sorted by school name.
     *
     * @param lastYear null when there is no previous year
     */
    public static TrustComparison of(String year, String previousYear, List<ComparedSchool> schools,
                                     List<ComparedMetric> metrics, MetricReadings thisYear, MetricReadings lastYear) {
        requireUniqueIds(metrics);
        MetricReadings previous = lastYear == null ? MetricReadings.none() : lastYear;
        List<Column> columns = metrics.stream().map(metric -> Column.of(metric, schools, thisYear)).toList();
        List<Row> rows = schools.stream().map(school -> Row.of(school, columns, thisYear, previous)).toList();
        return new TrustComparison(year, previousYear, columns, rows, Central.NONE).sortBy(SCHOOL_COLUMN, false);
    }

    /**
     * This comparison with a "Trust (central)" row of the trust's own metrics, by metric id.
     *
     * @param lastYear null when there is no previous year
     */
    public TrustComparison withCentral(List<ComparedMetric> metrics, Map<String, BigDecimal> thisYear,
                                       Map<String, BigDecimal> lastYear) {
        List<ComparedMetric> all = new ArrayList<>(columns.stream().map(Column::metric).toList());
        all.addAll(metrics);
        requireUniqueIds(all);
        Map<String, BigDecimal> previous = lastYear == null ? Map.of() : lastYear;
        List<Cell> cells = metrics.stream()
                .map(metric -> Cell.central(metric, thisYear.get(metric.id()), previous.get(metric.id()))).toList();
        return new TrustComparison(year, previousYear, columns, rows, new Central(cells));
    }

    /** @param phase a phase code such as {@code primary}, or null for every school */
    public TrustComparison filterPhase(String phase) {
        if (phase == null) {
            return this;
        }
        return withRows(rows.stream().filter(row -> row.school().phase().equalsIgnoreCase(phase)).toList());
    }

    /**
     * Sorts by {@value #SCHOOL_COLUMN}, {@value #PHASE_COLUMN} or a metric id. Schools with no data
     * come last either way; ties go by school name.
     *
     * @throws IllegalArgumentException if the column is none of these
     */
    public TrustComparison sortBy(String column, boolean descending) {
        return withRows(rows.stream().sorted(RowOrder.of(column, descending, columns)).toList());
    }

    private TrustComparison withRows(List<Row> newRows) {
        return new TrustComparison(year, previousYear, columns, newRows, central);
    }

    private static void requireUniqueIds(List<ComparedMetric> metrics) {
        Set<String> ids = new HashSet<>();
        for (ComparedMetric metric : metrics) {
            if (!ids.add(metric.id())) {
                throw new IllegalArgumentException("metric " + metric.id() + " appears twice");
            }
        }
    }

    /**
     * The trust as a whole ("Trust (central)"): a cell per metric of the trust's own, none of them part
     * of a school column's median or rating, nor rated themselves (there is no median to be against).
     * It stays whatever the phase filter or the sort.
     */
    public record Central(List<Cell> cells) {

        public static final String NAME = "Trust (central)";
        static final Central NONE = new Central(List.of());

        public Central {
            cells = List.copyOf(cells);
        }

        public boolean isEmpty() {
            return cells.isEmpty();
        }

        public List<ComparedMetric> metrics() {
            return cells.stream().map(Cell::metric).toList();
        }
    }

    /** @param median the median of this year's values across the trust, or null when no school has one */
    public record Column(ComparedMetric metric, BigDecimal median) {

        static Column of(ComparedMetric metric, List<ComparedSchool> schools, MetricReadings readings) {
            List<BigDecimal> values = schools.stream()
                    .map(school -> readings.value(metric.id(), school.id()))
                    .filter(Objects::nonNull)
                    .toList();
            return new Column(metric, MedianPosition.median(values));
        }
    }

    /** @param cells one per column, in column order */
    public record Row(ComparedSchool school, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        static Row of(ComparedSchool school, List<Column> columns, MetricReadings thisYear, MetricReadings lastYear) {
            return new Row(school, columns.stream().map(column -> {
                String id = column.metric().id();
                return Cell.of(column, thisYear.value(id, school.id()), lastYear.value(id, school.id()));
            }).toList());
        }

        public Cell cell(String metricId) {
            return cells.stream().filter(cell -> cell.metric().id().equals(metricId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no metric " + metricId));
        }
    }

    /**
     * @param value    this year's value, null for no data (never 0)
     * @param previous last year's value, null for no data
     * @param improved whether the change is for the better, given which way is better for the metric
     */
    public record Cell(ComparedMetric metric, BigDecimal value, BigDecimal previous, Change change, boolean improved,
                       MedianPosition position) {

        static Cell of(Column column, BigDecimal value, BigDecimal previous) {
            ComparedMetric metric = column.metric();
            Change change = Change.between(previous, value);
            return new Cell(metric, value, previous, change, change.isImprovement(metric.better()),
                    MedianPosition.of(value, column.median(), metric.better()));
        }

        static Cell central(ComparedMetric metric, BigDecimal value, BigDecimal previous) {
            Change change = Change.between(previous, value);
            return new Cell(metric, value, previous, change, change.isImprovement(metric.better()),
                    value == null ? MedianPosition.NONE : MedianPosition.UNRATED);
        }

        /** @return this year's value minus last year's, or null when either is missing */
        public BigDecimal difference() {
            return change == Change.NONE ? null : value.subtract(previous);
        }
    }
}
