package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/**
 * Ofsted's five-point scale for each report-card area (from 10 November 2025), best first. It is not
 * the old four-word scale under new names: Ofsted says the two cannot be compared, so nothing maps
 * one onto the other (see {@link ReportCardArea} for sources).
 */
public enum ReportCardGrade implements Coded {
    EXCEPTIONAL, STRONG_STANDARD, EXPECTED_STANDARD, NEEDS_ATTENTION, URGENT_IMPROVEMENT;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
