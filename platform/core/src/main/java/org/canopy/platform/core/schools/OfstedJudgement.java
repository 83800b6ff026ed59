package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/**
 * The one overall judgement of an inspection before 10 November 2025, kept as history; since then
 * Ofsted gives a report card instead ({@link ReportCardArea}). {@code NOT_YET_INSPECTED} is only the
 * deprecated {@code ofsted} word of a school that has no such judgement, never an inspection's.
 */
public enum OfstedJudgement implements Coded {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_YET_INSPECTED;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
