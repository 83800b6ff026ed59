package org.canopy.platform.core.comparison;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.platform.core.comparison.ExampleTrust.LEVY_EXPIRING;
import static org.canopy.platform.core.comparison.ExampleTrust.LEVY_UTILISATION;
import static org.canopy.platform.core.comparison.ExampleTrust.SUPPLY_COVER;

class ComparisonResourceTest {

    private final ComparisonResource.ComparisonView view = ComparisonResource.view(
            new TrustComparisons.Result(ExampleTrust.withSupplyCoverAndLevy(), List.of(), List.of()));

    @Test
    void aMetricWithoutABetterDirectionSaysNoneAndItsCellsAreUnrated() {
        assertThat(view.metrics()).singleElement().satisfies(metric -> {
            assertThat(metric.better()).isEqualTo("none");
            assertThat(metric.median()).isEqualByComparingTo("21.5");
        });
        assertThat(view.schools()).extracting(row -> row.cells().get(SUPPLY_COVER.id()).position())
                .containsExactly("unrated", "none", "unrated", "unrated", "unrated");
    }

    @Test
    void theTrustsOwnMetricsAreOnTheCentralRowAloneWithoutAMedian() {
        ComparisonResource.CentralRow central = view.central();

        assertThat(central.name()).isEqualTo("Trust (central)");
        assertThat(central.metrics()).extracting(ComparisonResource.MetricView::id)
                .containsExactly(LEVY_EXPIRING.id(), LEVY_UTILISATION.id());
        assertThat(central.metrics()).extracting(ComparisonResource.MetricView::median).containsOnlyNulls();
        assertThat(central.cells().get(LEVY_EXPIRING.id()).value()).isEqualByComparingTo("4200");
        assertThat(central.cells().get(LEVY_EXPIRING.id()).change()).isEqualTo("down");
        assertThat(central.cells().get(LEVY_EXPIRING.id()).improved()).isTrue();
        assertThat(view.schools()).allSatisfy(row -> assertThat(row.cells()).containsOnlyKeys(SUPPLY_COVER.id()));
    }

    @Test
    void aComparisonWithoutTrustMetricsHasAnEmptyCentralRow() {
        ComparisonResource.ComparisonView plain = ComparisonResource.view(
                new TrustComparisons.Result(ExampleTrust.comparison(), List.of(), List.of()));

        assertThat(plain.central().metrics()).isEmpty();
        assertThat(plain.central().cells()).isEmpty();
    }
}
