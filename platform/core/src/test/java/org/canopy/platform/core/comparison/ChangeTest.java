package org.canopy.platform.core.comparison;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.platform.api.MetricDefinition.Direction.HIGHER_IS_BETTER;
import static org.canopy.platform.api.MetricDefinition.Direction.LOWER_IS_BETTER;
import static org.canopy.platform.api.MetricDefinition.Direction.NONE;

class ChangeTest {

    @Test
    void comparesThisYearWithLastYear() {
        assertThat(Change.between(new BigDecimal("94.8"), new BigDecimal("95.2"))).isEqualTo(Change.UP);
        assertThat(Change.between(new BigDecimal("92.0"), new BigDecimal("91.3"))).isEqualTo(Change.DOWN);
        assertThat(Change.between(new BigDecimal("94.60"), new BigDecimal("94.6"))).isEqualTo(Change.SAME);
    }

    @Test
    void missingEitherYearIsNoChange() {
        assertThat(Change.between(null, new BigDecimal("96.1"))).isEqualTo(Change.NONE);
        assertThat(Change.between(new BigDecimal("90.7"), null)).isEqualTo(Change.NONE);
    }

    @Test
    void improvementDependsOnWhichWayIsBetter() {
        assertThat(Change.UP.isImprovement(HIGHER_IS_BETTER)).isTrue();
        assertThat(Change.DOWN.isImprovement(HIGHER_IS_BETTER)).isFalse();
        assertThat(Change.DOWN.isImprovement(LOWER_IS_BETTER)).isTrue();
        assertThat(Change.UP.isImprovement(LOWER_IS_BETTER)).isFalse();
    }

    @Test
    void withoutABetterDirectionNoChangeIsAnImprovement() {
        assertThat(Change.UP.isImprovement(NONE)).isFalse();
        assertThat(Change.DOWN.isImprovement(NONE)).isFalse();
    }

    @Test
    void standingStillOrNoDataIsNoImprovement() {
        assertThat(Change.SAME.isImprovement(HIGHER_IS_BETTER)).isFalse();
        assertThat(Change.NONE.isImprovement(LOWER_IS_BETTER)).isFalse();
    }
}
