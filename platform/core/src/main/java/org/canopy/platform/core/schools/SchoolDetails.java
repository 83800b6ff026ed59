package org.canopy.platform.core.schools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A school's attributes once validated. */
public record SchoolDetails(String urn, String name, Phase phase, String localAuthority, Region region,
                            int pupils, BigDecimal fsmPercent, LocalDate joinedOn, LocalDate leftOn) {

    /** Percentages are kept to two decimal places, so equal values compare equal. */
    static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
