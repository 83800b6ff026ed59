package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricDefinition.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricFormatTest {

    @ParameterizedTest
    @CsvSource({
            "LEVEL, 3, 3",
            "LEVEL, 2.0, 2",
            "LEVEL, 2.5, 2.5",
            "LEVEL, 2.25, 2.3",
            "PERCENT, 72, 72%",
            "PERCENT, 72.5, 72.5%",
            "PERCENT, 94.60, 94.6%",
            "PERCENT, 0, 0%",
            "MONEY, 12300, '£12,300'",
            "MONEY, 12300.00, '£12,300'",
            "MONEY, 412.5, £412.50",
            "MONEY, 1250000.75, '£1,250,000.75'",
            "MONEY, -2400, '-£2,400'",
            "COUNT, 14, 14",
            "COUNT, 1240, '1,240'",
    })
    void showsValuesTheBritishWay(Type type, String value, String shown) {
        assertThat(MetricFormat.display(type, new BigDecimal(value))).isEqualTo(shown);
    }

    @ParameterizedTest
    @EnumSource(Type.class)
    void showsAMissingValueAsNoData(Type type) {
        assertThat(MetricFormat.display(type, null)).isEqualTo("no data");
    }

    @Test
    void aWholeLevelReadsAsItsNameAndAMedianBetweenLevelsAsANumber() {
        ComparedMetric level = new ComparedMetric("audit", "overall", "Overall", Type.LEVEL, MetricDefinition.Direction.HIGHER_IS_BETTER,
                List.of("Emerging", "Developing", "Established", "Exemplary"));
        assertThat(MetricFormat.display(level, new BigDecimal("3"))).isEqualTo("Established (3)");
        assertThat(MetricFormat.display(level, new BigDecimal("3.00"))).isEqualTo("Established (3)");
        assertThat(MetricFormat.display(level, new BigDecimal("2.5"))).isEqualTo("2.5");
        assertThat(MetricFormat.display(level, new BigDecimal("5"))).as("outside the named levels").isEqualTo("5");
        assertThat(MetricFormat.display(level, null)).isEqualTo("no data");
    }

    @Test
    void aZeroIsShownAsZero() {
        assertThat(MetricFormat.display(Type.MONEY, BigDecimal.ZERO)).isEqualTo("£0");
        assertThat(MetricFormat.display(Type.COUNT, BigDecimal.ZERO)).isEqualTo("0");
    }

    @ParameterizedTest
    @CsvSource({"72.50, 72.5", "12300.00, 12300", "-0.70, -0.7", "0.000, 0", "1E+3, 1000"})
    void writesPlainNumbersForSpreadsheets(String value, String plain) {
        assertThat(MetricFormat.plain(new BigDecimal(value))).isEqualTo(plain);
    }

    @Test
    void writesNoDataForAMissingPlainNumber() {
        assertThat(MetricFormat.plain(null)).isEqualTo("no data");
    }

    @Test
    void showsChangesAsArrowsOrWords() {
        assertThat(MetricFormat.arrow(Change.UP)).isEqualTo("↑");
        assertThat(MetricFormat.arrow(Change.DOWN)).isEqualTo("↓");
        assertThat(MetricFormat.arrow(Change.SAME)).isEqualTo("→");
        assertThat(MetricFormat.arrow(Change.NONE)).isEmpty();
        assertThat(MetricFormat.word(Change.UP)).isEqualTo("up");
        assertThat(MetricFormat.word(Change.DOWN)).isEqualTo("down");
        assertThat(MetricFormat.word(Change.SAME)).isEqualTo("same");
        assertThat(MetricFormat.word(Change.NONE)).isEmpty();
    }

    @Test
    void namesThePositionAgainstTheMedianInWords() {
        assertThat(MetricFormat.position(MedianPosition.GREEN)).isEqualTo("better");
        assertThat(MetricFormat.position(MedianPosition.AMBER)).isEqualTo("at median");
        assertThat(MetricFormat.position(MedianPosition.RED)).isEqualTo("worse");
        assertThat(MetricFormat.position(MedianPosition.NONE)).isEqualTo("no data");
        assertThat(MetricFormat.position(MedianPosition.UNRATED)).isEqualTo("not rated");
    }
}
