package org.canopy.platform.core.comparison;

import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.api.MetricDefinition.Type;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Severn Vale Learning Trust, a made-up trust of five schools, in 2025/26 against 2024/25. */
final class ExampleTrust {

    static final String NAME = "Severn Vale Learning Trust";
    static final String YEAR = "2025/26";
    static final String PREVIOUS_YEAR = "2024/25";

    static final ComparedSchool ABBEY_FIELDS = school("141203", "Abbey Fields Primary Academy", "primary");
    static final ComparedSchool BROOKSIDE = school("142877", "Brookside Infant School", "primary");
    static final ComparedSchool CASTLE_HILL = school("138455", "Castle Hill Academy", "secondary");
    static final ComparedSchool ST_WULSTANS = school("140916", "St Wulstan's CE Primary", "primary");
    static final ComparedSchool RIDGEWAY = school("137602", "The Ridgeway School", "secondary");
    static final List<ComparedSchool> SCHOOLS = List.of(RIDGEWAY, CASTLE_HILL, ABBEY_FIELDS, ST_WULSTANS, BROOKSIDE);

    static final ComparedMetric ATTENDANCE =
            new ComparedMetric("attendance", "overall", "Attendance", Type.PERCENT, Direction.HIGHER_IS_BETTER);
    static final ComparedMetric PERSISTENT_ABSENCE = new ComparedMetric("attendance", "persistent-absence",
            "Persistent absence", Type.PERCENT, Direction.LOWER_IS_BETTER);
    static final ComparedMetric RESERVES = new ComparedMetric("finance", "reserves-per-pupil",
            "Revenue reserves per pupil", Type.MONEY, Direction.HIGHER_IS_BETTER);
    static final ComparedMetric QUALITY = new ComparedMetric("ofsted", "quality-of-education",
            "Quality of education grade", Type.LEVEL, Direction.LOWER_IS_BETTER);
    static final List<ComparedMetric> METRICS = List.of(ATTENDANCE, PERSISTENT_ABSENCE, RESERVES, QUALITY);

    /** No honest direction: more cover may be good CPD or poor planning. */
    static final ComparedMetric SUPPLY_COVER = new ComparedMetric("budget", "supply-cover-share",
            "CPD spend on supply cover", Type.PERCENT, Direction.NONE);
    /** The trust's own: the levy account belongs to the trust, the employer. */
    static final ComparedMetric LEVY_EXPIRING = new ComparedMetric("levy", "expiring-next-3m",
            "Levy expiring in 3 months", Type.MONEY, Direction.LOWER_IS_BETTER);
    static final ComparedMetric LEVY_UTILISATION = new ComparedMetric("levy", "utilisation-24m",
            "Levy used over 24 months", Type.PERCENT, Direction.HIGHER_IS_BETTER);

    private ExampleTrust() {
    }

    static TrustComparison comparison() {
        return TrustComparison.of(YEAR, PREVIOUS_YEAR, SCHOOLS, METRICS, thisYear(), lastYear());
    }

    /**
     * St Wulstan's has not sent its reserves yet and The Ridgeway has no attendance return;
     * Brookside's reserves really are nil.
     */
    static MetricReadings thisYear() {
        return MetricReadings.builder()
                .add(ATTENDANCE.id(), ABBEY_FIELDS.id(), new BigDecimal("95.2"))
                .add(ATTENDANCE.id(), BROOKSIDE.id(), new BigDecimal("94.6"))
                .add(ATTENDANCE.id(), CASTLE_HILL.id(), new BigDecimal("91.3"))
                .add(ATTENDANCE.id(), ST_WULSTANS.id(), new BigDecimal("96.1"))
                .add(PERSISTENT_ABSENCE.id(), ABBEY_FIELDS.id(), new BigDecimal("12.4"))
                .add(PERSISTENT_ABSENCE.id(), BROOKSIDE.id(), new BigDecimal("15.8"))
                .add(PERSISTENT_ABSENCE.id(), CASTLE_HILL.id(), new BigDecimal("24.5"))
                .add(PERSISTENT_ABSENCE.id(), ST_WULSTANS.id(), new BigDecimal("9.7"))
                .add(PERSISTENT_ABSENCE.id(), RIDGEWAY.id(), new BigDecimal("21.0"))
                .add(RESERVES.id(), ABBEY_FIELDS.id(), new BigDecimal("412.50"))
                .add(RESERVES.id(), BROOKSIDE.id(), BigDecimal.ZERO)
                .add(RESERVES.id(), CASTLE_HILL.id(), new BigDecimal("1230"))
                .add(RESERVES.id(), RIDGEWAY.id(), new BigDecimal("860"))
                .add(QUALITY.id(), ABBEY_FIELDS.id(), new BigDecimal("2"))
                .add(QUALITY.id(), BROOKSIDE.id(), new BigDecimal("2"))
                .add(QUALITY.id(), CASTLE_HILL.id(), new BigDecimal("3"))
                .add(QUALITY.id(), ST_WULSTANS.id(), new BigDecimal("1"))
                .add(QUALITY.id(), RIDGEWAY.id(), new BigDecimal("2"))
                .build();
    }

    /** St Wulstan's joined the trust this year. */
    static MetricReadings lastYear() {
        return MetricReadings.builder()
                .add(ATTENDANCE.id(), ABBEY_FIELDS.id(), new BigDecimal("94.8"))
                .add(ATTENDANCE.id(), BROOKSIDE.id(), new BigDecimal("94.60"))
                .add(ATTENDANCE.id(), CASTLE_HILL.id(), new BigDecimal("92.0"))
                .add(ATTENDANCE.id(), RIDGEWAY.id(), new BigDecimal("90.7"))
                .add(PERSISTENT_ABSENCE.id(), ABBEY_FIELDS.id(), new BigDecimal("14.0"))
                .add(PERSISTENT_ABSENCE.id(), BROOKSIDE.id(), new BigDecimal("13.1"))
                .add(PERSISTENT_ABSENCE.id(), CASTLE_HILL.id(), new BigDecimal("26.2"))
                .add(PERSISTENT_ABSENCE.id(), RIDGEWAY.id(), new BigDecimal("20.5"))
                .add(RESERVES.id(), ABBEY_FIELDS.id(), new BigDecimal("380"))
                .add(RESERVES.id(), BROOKSIDE.id(), new BigDecimal("95"))
                .add(RESERVES.id(), CASTLE_HILL.id(), new BigDecimal("1410"))
                .add(RESERVES.id(), RIDGEWAY.id(), new BigDecimal("860"))
                .add(QUALITY.id(), ABBEY_FIELDS.id(), new BigDecimal("3"))
                .add(QUALITY.id(), BROOKSIDE.id(), new BigDecimal("2"))
                .add(QUALITY.id(), CASTLE_HILL.id(), new BigDecimal("3"))
                .add(QUALITY.id(), RIDGEWAY.id(), new BigDecimal("2"))
                .build();
    }

    /**
     * The five schools against supply cover (Brookside has not said), with the trust's levy on the
     * central row: utilisation is new this year, so it has no change.
     */
    static TrustComparison withSupplyCoverAndLevy() {
        MetricReadings thisYear = MetricReadings.builder()
                .add(SUPPLY_COVER.id(), ABBEY_FIELDS.id(), new BigDecimal("18.0"))
                .add(SUPPLY_COVER.id(), CASTLE_HILL.id(), new BigDecimal("31.5"))
                .add(SUPPLY_COVER.id(), ST_WULSTANS.id(), new BigDecimal("12.0"))
                .add(SUPPLY_COVER.id(), RIDGEWAY.id(), new BigDecimal("25.0"))
                .build();
        MetricReadings lastYear = MetricReadings.builder()
                .add(SUPPLY_COVER.id(), ABBEY_FIELDS.id(), new BigDecimal("22.0"))
                .add(SUPPLY_COVER.id(), CASTLE_HILL.id(), new BigDecimal("28.0"))
                .build();
        return TrustComparison.of(YEAR, PREVIOUS_YEAR, SCHOOLS, List.of(SUPPLY_COVER), thisYear, lastYear)
                .withCentral(List.of(LEVY_EXPIRING, LEVY_UTILISATION),
                        Map.of(LEVY_EXPIRING.id(), new BigDecimal("4200"), LEVY_UTILISATION.id(), new BigDecimal("61.5")),
                        Map.of(LEVY_EXPIRING.id(), new BigDecimal("9800")));
    }

    static ComparedSchool school(String urn, String name, String phase) {
        return new ComparedSchool(UUID.randomUUID(), urn, name, phase);
    }

    static List<String> names(TrustComparison comparison) {
        return comparison.rows().stream().map(row -> row.school().name()).toList();
    }
}
