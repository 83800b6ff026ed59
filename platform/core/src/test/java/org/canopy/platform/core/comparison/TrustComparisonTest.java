package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.api.MetricDefinition.Type;
import org.canopy.platform.core.comparison.TrustComparison.Cell;
import org.canopy.platform.core.comparison.TrustComparison.Column;
import org.canopy.platform.core.comparison.TrustComparison.Row;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canopy.platform.core.comparison.ExampleTrust.ABBEY_FIELDS;
import static org.canopy.platform.core.comparison.ExampleTrust.ATTENDANCE;
import static org.canopy.platform.core.comparison.ExampleTrust.BROOKSIDE;
import static org.canopy.platform.core.comparison.ExampleTrust.CASTLE_HILL;
import static org.canopy.platform.core.comparison.ExampleTrust.LEVY_EXPIRING;
import static org.canopy.platform.core.comparison.ExampleTrust.LEVY_UTILISATION;
import static org.canopy.platform.core.comparison.ExampleTrust.SUPPLY_COVER;
import static org.canopy.platform.core.comparison.ExampleTrust.PERSISTENT_ABSENCE;
import static org.canopy.platform.core.comparison.ExampleTrust.QUALITY;
import static org.canopy.platform.core.comparison.ExampleTrust.RESERVES;
import static org.canopy.platform.core.comparison.ExampleTrust.RIDGEWAY;
import static org.canopy.platform.core.comparison.ExampleTrust.ST_WULSTANS;
import static org.canopy.platform.core.comparison.ExampleTrust.names;

class TrustComparisonTest {

    private final TrustComparison comparison = ExampleTrust.comparison();

    private Cell cell(ComparedSchool school, ComparedMetric metric) {
        return comparison.rows().stream().filter(row -> row.school().equals(school)).findFirst().orElseThrow()
                .cell(metric.id());
    }

    @Test
    void hasAColumnPerMetricWithTheTrustMedianOfThisYear() {
        assertThat(comparison.year()).isEqualTo("2025/26");
        assertThat(comparison.previousYear()).isEqualTo("2024/25");
        assertThat(comparison.columns()).extracting(Column::metric)
                .containsExactly(ATTENDANCE, PERSISTENT_ABSENCE, RESERVES, QUALITY);
        assertThat(comparison.columns()).extracting(Column::median).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("94.9"), new BigDecimal("15.8"), new BigDecimal("636.25"), new BigDecimal("2"));
    }

    @Test
    void aMetricWithNoValuesHasNoMedian() {
        ComparedMetric vacancies = new ComparedMetric("staffing", "vacancies", "Unfilled teaching vacancies",
                Type.COUNT, Direction.LOWER_IS_BETTER);

        TrustComparison withVacancies = TrustComparison.of(ExampleTrust.YEAR, ExampleTrust.PREVIOUS_YEAR,
                ExampleTrust.SCHOOLS, List.of(vacancies), ExampleTrust.thisYear(), ExampleTrust.lastYear());

        assertThat(withVacancies.columns()).singleElement().extracting(Column::median).isNull();
        assertThat(withVacancies.rows()).extracting(row -> row.cell(vacancies.id()).position())
                .containsOnly(MedianPosition.NONE);
    }

    @Test
    void hasARowPerSchoolByNameWithACellPerMetric() {
        assertThat(names(comparison)).containsExactly("Abbey Fields Primary Academy", "Brookside Infant School",
                "Castle Hill Academy", "St Wulstan's CE Primary", "The Ridgeway School");
        assertThat(comparison.rows()).allSatisfy(row -> assertThat(row.cells()).extracting(Cell::metric)
                .containsExactly(ATTENDANCE, PERSISTENT_ABSENCE, RESERVES, QUALITY));
    }

    @Test
    void aCellHasThisYearLastYearAndTheChange() {
        Cell abbey = cell(ABBEY_FIELDS, ATTENDANCE);

        assertThat(abbey.value()).isEqualByComparingTo("95.2");
        assertThat(abbey.previous()).isEqualByComparingTo("94.8");
        assertThat(abbey.change()).isEqualTo(Change.UP);
        assertThat(abbey.improved()).isTrue();
        assertThat(abbey.difference()).isEqualByComparingTo("0.4");
        assertThat(abbey.position()).isEqualTo(MedianPosition.GREEN);
    }

    @Test
    void aRiseIsNoImprovementWhenLowerIsBetter() {
        Cell brookside = cell(BROOKSIDE, PERSISTENT_ABSENCE);

        assertThat(brookside.change()).isEqualTo(Change.UP);
        assertThat(brookside.improved()).isFalse();
        assertThat(brookside.position()).isEqualTo(MedianPosition.AMBER);
        assertThat(cell(ABBEY_FIELDS, PERSISTENT_ABSENCE).improved()).as("14.0 down to 12.4").isTrue();
        assertThat(cell(CASTLE_HILL, PERSISTENT_ABSENCE).position()).isEqualTo(MedianPosition.RED);
    }

    @Test
    void ratesAgainstTheMedianWhicheverWayIsBetter() {
        assertThat(comparison.rows()).extracting(row -> row.cell(QUALITY.id()).position()).containsExactly(
                MedianPosition.AMBER, MedianPosition.AMBER, MedianPosition.RED, MedianPosition.GREEN, MedianPosition.AMBER);
        assertThat(comparison.rows()).extracting(row -> row.cell(ATTENDANCE.id()).position()).containsExactly(
                MedianPosition.GREEN, MedianPosition.RED, MedianPosition.RED, MedianPosition.GREEN, MedianPosition.NONE);
    }

    @Test
    void noDataIsNeverZero() {
        Cell ridgeway = cell(RIDGEWAY, ATTENDANCE);

        assertThat(ridgeway.value()).isNull();
        assertThat(ridgeway.previous()).isEqualByComparingTo("90.7");
        assertThat(ridgeway.change()).isEqualTo(Change.NONE);
        assertThat(ridgeway.improved()).isFalse();
        assertThat(ridgeway.difference()).isNull();
        assertThat(ridgeway.position()).isEqualTo(MedianPosition.NONE);
    }

    @Test
    void aRealZeroIsAValue() {
        Cell brookside = cell(BROOKSIDE, RESERVES);

        assertThat(brookside.value()).isZero();
        assertThat(brookside.change()).isEqualTo(Change.DOWN);
        assertThat(brookside.position()).isEqualTo(MedianPosition.RED);
    }

    @Test
    void aSchoolNewToTheTrustHasNoChange() {
        Cell stWulstans = cell(ST_WULSTANS, ATTENDANCE);

        assertThat(stWulstans.value()).isEqualByComparingTo("96.1");
        assertThat(stWulstans.previous()).isNull();
        assertThat(stWulstans.change()).isEqualTo(Change.NONE);
    }

    @Test
    void aStandstillIsSame() {
        assertThat(cell(BROOKSIDE, ATTENDANCE).change()).as("94.60 then 94.6").isEqualTo(Change.SAME);
        assertThat(cell(RIDGEWAY, RESERVES).change()).isEqualTo(Change.SAME);
    }

    @Test
    void withoutAPreviousYearNothingChanges() {
        TrustComparison firstYear = TrustComparison.of(ExampleTrust.YEAR, null, ExampleTrust.SCHOOLS, ExampleTrust.METRICS,
                ExampleTrust.thisYear(), null);

        assertThat(firstYear.previousYear()).isNull();
        assertThat(firstYear.rows()).flatExtracting(Row::cells).extracting(Cell::change).containsOnly(Change.NONE);
    }

    @Test
    void sortsByAMetricWithNoDataLastEitherWay() {
        assertThat(names(comparison.sortBy(ATTENDANCE.id(), false))).containsExactly("Castle Hill Academy",
                "Brookside Infant School", "Abbey Fields Primary Academy", "St Wulstan's CE Primary", "The Ridgeway School");
        assertThat(names(comparison.sortBy(ATTENDANCE.id(), true))).containsExactly("St Wulstan's CE Primary",
                "Abbey Fields Primary Academy", "Brookside Infant School", "Castle Hill Academy", "The Ridgeway School");
    }

    @Test
    void breaksTiesBySchoolNameEitherWay() {
        List<String> bestGradeFirst = List.of("St Wulstan's CE Primary", "Abbey Fields Primary Academy",
                "Brookside Infant School", "The Ridgeway School", "Castle Hill Academy");
        List<String> worstGradeFirst = List.of("Castle Hill Academy", "Abbey Fields Primary Academy",
                "Brookside Infant School", "The Ridgeway School", "St Wulstan's CE Primary");

        assertThat(names(comparison.sortBy(QUALITY.id(), false))).isEqualTo(bestGradeFirst);
        assertThat(names(comparison.sortBy(QUALITY.id(), true))).isEqualTo(worstGradeFirst);
    }

    @Test
    void sortsBySchoolAndByPhase() {
        assertThat(names(comparison.sortBy("school", true))).containsExactly("The Ridgeway School",
                "St Wulstan's CE Primary", "Castle Hill Academy", "Brookside Infant School", "Abbey Fields Primary Academy");
        assertThat(names(comparison.sortBy("phase", true))).containsExactly("Castle Hill Academy", "The Ridgeway School",
                "Abbey Fields Primary Academy", "Brookside Infant School", "St Wulstan's CE Primary");
    }

    @Test
    void sortingKeepsTheOriginal() {
        comparison.sortBy(ATTENDANCE.id(), true);

        assertThat(names(comparison)).first().isEqualTo("Abbey Fields Primary Academy");
    }

    @Test
    void rejectsAnUnknownColumnSayingWhichAreKnown() {
        assertThatThrownBy(() -> comparison.sortBy("ofsted.leadership", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'ofsted.leadership'")
                .hasMessageContaining("school, phase, attendance.overall, attendance.persistent-absence");
        assertThatThrownBy(() -> comparison.sortBy(null, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filtersByPhaseKeepingTheTrustMedians() {
        TrustComparison secondaries = comparison.filterPhase("secondary");

        assertThat(names(secondaries)).containsExactly("Castle Hill Academy", "The Ridgeway School");
        assertThat(secondaries.columns()).isEqualTo(comparison.columns());
        assertThat(secondaries.rows().get(1).cell(PERSISTENT_ABSENCE.id()).position())
                .as("21.0 against the trust's 15.8, not the secondaries' 22.75").isEqualTo(MedianPosition.RED);
    }

    @Test
    void noPhaseFilterKeepsEverySchool() {
        assertThat(comparison.filterPhase(null).rows()).hasSize(5);
        assertThat(comparison.filterPhase("special").rows()).isEmpty();
    }

    @Test
    void rejectsAMetricTwice() {
        assertThatThrownBy(() -> TrustComparison.of(ExampleTrust.YEAR, null, ExampleTrust.SCHOOLS,
                List.of(ATTENDANCE, ATTENDANCE), ExampleTrust.thisYear(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attendance.overall");
    }

    @Test
    void aMetricWithoutABetterDirectionHasAMedianAndSortsButRatesNoSchool() {
        TrustComparison withCover = ExampleTrust.withSupplyCoverAndLevy();

        assertThat(withCover.columns()).singleElement().extracting(Column::median)
                .satisfies(median -> assertThat(median).isEqualByComparingTo("21.5"));
        assertThat(withCover.rows()).extracting(row -> row.cell(SUPPLY_COVER.id()).position()).containsExactly(
                MedianPosition.UNRATED, MedianPosition.NONE, MedianPosition.UNRATED, MedianPosition.UNRATED,
                MedianPosition.UNRATED);
        Cell abbey = withCover.rows().get(0).cell(SUPPLY_COVER.id());
        assertThat(abbey.change()).as("22.0 down to 18.0").isEqualTo(Change.DOWN);
        assertThat(abbey.improved()).isFalse();
        assertThat(names(withCover.sortBy(SUPPLY_COVER.id(), true))).containsExactly("Castle Hill Academy",
                "The Ridgeway School", "Abbey Fields Primary Academy", "St Wulstan's CE Primary", "Brookside Infant School");
    }

    @Test
    void theTrustsOwnMetricsAreOnTheCentralRowOutsideEveryMedian() {
        TrustComparison withLevy = ExampleTrust.withSupplyCoverAndLevy();

        assertThat(withLevy.central().metrics()).containsExactly(LEVY_EXPIRING, LEVY_UTILISATION);
        assertThat(withLevy.columns()).extracting(Column::metric).containsExactly(SUPPLY_COVER);
        assertThat(withLevy.rows()).allSatisfy(row -> assertThat(row.cells()).extracting(Cell::metric).containsExactly(SUPPLY_COVER));
        Cell expiring = withLevy.central().cells().get(0);
        assertThat(expiring.value()).isEqualByComparingTo("4200");
        assertThat(expiring.change()).isEqualTo(Change.DOWN);
        assertThat(expiring.improved()).as("less levy lost, lower is better").isTrue();
        assertThat(expiring.position()).as("no median to be against").isEqualTo(MedianPosition.UNRATED);
        Cell utilisation = withLevy.central().cells().get(1);
        assertThat(utilisation.previous()).isNull();
        assertThat(utilisation.change()).isEqualTo(Change.NONE);
    }

    @Test
    void theCentralRowStaysWhateverTheFilterOrSort() {
        TrustComparison withLevy = ExampleTrust.withSupplyCoverAndLevy();

        assertThat(withLevy.filterPhase("special").central()).isEqualTo(withLevy.central());
        assertThat(withLevy.sortBy(SUPPLY_COVER.id(), false).central()).isEqualTo(withLevy.central());
        assertThat(comparison.central().isEmpty()).as("no module reports for the trust").isTrue();
    }

    @Test
    void rejectsATrustMetricThatIsAlsoASchoolColumn() {
        assertThatThrownBy(() -> comparison.withCentral(List.of(ATTENDANCE), Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attendance.overall");
    }

    @Test
    void cannotBeChangedFromOutside() {
        assertThatThrownBy(() -> comparison.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> comparison.rows().get(0).cells().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
