package org.canopy.plugins.cpdaudit.evaluation;

import java.time.Instant;

/** The auditor's level for one area and why. */
public record AreaJudgement(String areaKey, String level, String rationale, String judgedBy, Instant judgedAt) {
}
