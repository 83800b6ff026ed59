package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.api.MetricDefinition.Type;
import org.canopy.platform.api.MetricValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MetricReadingsTest {

    private static final UUID KINGSWOOD = UUID.randomUUID();
    private static final UUID LONGLEVENS = UUID.randomUUID();

    @Test
    void namesAMetricByModuleAndKey() {
        MetricDefinition definition = new MetricDefinition("reading-age-gap", "Reading age gap (months)", Type.COUNT,
                Direction.LOWER_IS_BETTER);

        ComparedMetric metric = ComparedMetric.of("literacy", definition);

        assertThat(metric.id()).isEqualTo("literacy.reading-age-gap");
        assertThat(metric.label()).isEqualTo("Reading age gap (months)");
        assertThat(metric.better()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void readsAModulesValuesUnderTheMetricId() {
        MetricReadings readings = MetricReadings.builder()
                .addAll("literacy", List.of(new MetricValue("reading-age-gap", KINGSWOOD, new BigDecimal("7"))))
                .build();

        assertThat(readings.value("literacy.reading-age-gap", KINGSWOOD)).isEqualByComparingTo("7");
    }

    @Test
    void missingAndNullValuesAreNoData() {
        MetricReadings readings = MetricReadings.builder()
                .add("literacy.reading-age-gap", KINGSWOOD, null)
                .add("literacy.reading-age-gap", LONGLEVENS, BigDecimal.ZERO)
                .build();

        assertThat(readings.value("literacy.reading-age-gap", KINGSWOOD)).isNull();
        assertThat(readings.value("literacy.reading-age-gap", LONGLEVENS)).isZero();
        assertThat(readings.value("literacy.spelling-age-gap", LONGLEVENS)).isNull();
        assertThat(MetricReadings.none().value("literacy.reading-age-gap", LONGLEVENS)).isNull();
    }

    @Test
    void rejectsTwoValuesForTheSameSchoolAndMetric() {
        MetricReadings.Builder builder = MetricReadings.builder().add("literacy.reading-age-gap", KINGSWOOD, BigDecimal.ONE);

        assertThatThrownBy(() -> builder.add("literacy.reading-age-gap", KINGSWOOD, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("literacy.reading-age-gap");
    }
}
