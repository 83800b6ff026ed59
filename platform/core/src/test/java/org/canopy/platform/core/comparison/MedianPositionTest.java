package org.canopy.platform.core.comparison;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.platform.api.MetricDefinition.Direction.HIGHER_IS_BETTER;
import static org.canopy.platform.api.MetricDefinition.Direction.LOWER_IS_BETTER;
import static org.canopy.platform.api.MetricDefinition.Direction.NONE;

class MedianPositionTest {

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void medianOfAnOddCountIsTheMiddleValueInOrder() {
        assertThat(MedianPosition.median(values("21.0", "9.7", "24.5", "12.4", "15.8"))).isEqualByComparingTo("15.8");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(MedianPosition.median(values("95.2", "91.3", "96.1", "94.6"))).isEqualByComparingTo("94.9");
        assertThat(MedianPosition.median(values("3", "2"))).isEqualByComparingTo("2.5");
    }

    @Test
    void medianOfASingleSchoolIsItsValue() {
        assertThat(MedianPosition.median(values("860"))).isEqualByComparingTo("860");
    }

    @Test
    void medianOfTiesIsTheTiedValue() {
        assertThat(MedianPosition.median(values("2", "3", "2", "1", "2", "2"))).isEqualByComparingTo("2");
    }

    @Test
    void noValuesHaveNoMedian() {
        assertThat(MedianPosition.median(List.of())).isNull();
    }

    @Test
    void higherIsBetterRatesAboveTheMedianGreen() {
        BigDecimal median = new BigDecimal("94.9");

        assertThat(MedianPosition.of(new BigDecimal("96.1"), median, HIGHER_IS_BETTER)).isEqualTo(MedianPosition.GREEN);
        assertThat(MedianPosition.of(new BigDecimal("94.90"), median, HIGHER_IS_BETTER)).isEqualTo(MedianPosition.AMBER);
        assertThat(MedianPosition.of(new BigDecimal("91.3"), median, HIGHER_IS_BETTER)).isEqualTo(MedianPosition.RED);
    }

    @Test
    void lowerIsBetterRatesBelowTheMedianGreen() {
        BigDecimal median = new BigDecimal("15.8");

        assertThat(MedianPosition.of(new BigDecimal("9.7"), median, LOWER_IS_BETTER)).isEqualTo(MedianPosition.GREEN);
        assertThat(MedianPosition.of(new BigDecimal("15.8"), median, LOWER_IS_BETTER)).isEqualTo(MedianPosition.AMBER);
        assertThat(MedianPosition.of(new BigDecimal("24.5"), median, LOWER_IS_BETTER)).isEqualTo(MedianPosition.RED);
    }

    @Test
    void aSingleSchoolIsAtTheMedian() {
        BigDecimal only = new BigDecimal("412.50");

        assertThat(MedianPosition.of(only, MedianPosition.median(List.of(only)), HIGHER_IS_BETTER))
                .isEqualTo(MedianPosition.AMBER);
    }

    @Test
    void everySchoolTiedAtTheMedianIsAmber() {
        List<BigDecimal> grades = values("2", "2", "3", "1", "2");
        BigDecimal median = MedianPosition.median(grades);

        assertThat(grades).extracting(grade -> MedianPosition.of(grade, median, LOWER_IS_BETTER)).containsExactly(
                MedianPosition.AMBER, MedianPosition.AMBER, MedianPosition.RED, MedianPosition.GREEN, MedianPosition.AMBER);
    }

    @Test
    void aMetricWithoutABetterDirectionIsShownButNeverRated() {
        BigDecimal median = new BigDecimal("21.5");

        assertThat(values("12.0", "21.5", "31.5")).extracting(value -> MedianPosition.of(value, median, NONE))
                .containsOnly(MedianPosition.UNRATED);
        assertThat(MedianPosition.of(null, median, NONE)).as("no data stays no data").isEqualTo(MedianPosition.NONE);
    }

    @Test
    void noValueHasNoPosition() {
        assertThat(MedianPosition.of(null, new BigDecimal("94.9"), HIGHER_IS_BETTER)).isEqualTo(MedianPosition.NONE);
    }

    @Test
    void zeroIsAValueNotNoData() {
        assertThat(MedianPosition.of(BigDecimal.ZERO, new BigDecimal("636.25"), HIGHER_IS_BETTER))
                .isEqualTo(MedianPosition.RED);
    }
}
