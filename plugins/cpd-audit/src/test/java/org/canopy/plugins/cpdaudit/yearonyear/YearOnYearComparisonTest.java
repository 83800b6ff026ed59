package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.priorities.TransformationPriorities;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.level;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.levels;
import static org.canopy.plugins.cpdaudit.yearonyear.AuditResults.audit;

class YearOnYearComparisonTest {

    private final AuditResult baseline = audit("100001", 2025, "developing", "established", "emerging", "developing");

    @Test
    void eachAreaMovesUpDownOrStaysTheSame() {
        AuditResult next = audit("100001", 2026, "established", "developing", "emerging", "developing");

        YearOnYearComparison comparison = YearOnYearComparison.of(baseline, next);

        assertThat(comparison.areaMovements()).containsExactly(
                entry("climate", Movement.UP), entry("leadership", Movement.DOWN), entry("impact", Movement.SAME));
        assertThat(comparison.improvedInAnyArea()).isTrue();
        assertThat(comparison.overallMovement()).isEqualTo(Movement.SAME);
        assertThat(comparison.improvedOverall()).isFalse();
    }

    @Test
    void theOverallLevelMovesOnItsOwn() {
        AuditResult next = audit("100001", 2026, "developing", "established", "emerging", "established");

        YearOnYearComparison comparison = YearOnYearComparison.of(baseline, next);

        assertThat(comparison.improvedInAnyArea()).isFalse();
        assertThat(comparison.improvedOverall()).isTrue();
    }

    @Test
    void thePreviousPrioritiesCarryTheirAreasMovement() {
        AuditResult next = audit("100001", 2026, "established", "established", "emerging", "developing");

        assertThat(YearOnYearComparison.of(baseline, next).previousPriorities())
                .extracting(outcome -> outcome.priority().areaKey(), PriorityOutcome::areaMovement)
                .containsExactly(tuple("climate", Movement.UP),
                        tuple("impact", Movement.SAME));
    }

    @Test
    void onlyAreasBothAuditsJudgedAreCompared() {
        AuditResult newFramework = new AuditResult("100001", baseline.yearStartsOn().plusYears(1),
                levels("leadership", "exemplary", "climate", "developing"), level("developing"),
                new TransformationPriorities(List.of()));

        YearOnYearComparison comparison = YearOnYearComparison.of(baseline, newFramework);

        assertThat(comparison.areaMovements()).containsOnlyKeys("leadership", "climate");
        assertThat(comparison.previousPriorities()).extracting(outcome -> outcome.priority().areaKey()).containsExactly("climate");
    }

    @Test
    void comparesOneSchoolWithItsEarlierAudit() {
        assertThatThrownBy(() -> YearOnYearComparison.of(baseline, audit("100002", 2026, "emerging", "emerging", "emerging", "emerging")))
                .hasMessage("school 100002 cannot be compared with school 100001");
        assertThatThrownBy(() -> YearOnYearComparison.of(baseline, audit("100001", 2024, "emerging", "emerging", "emerging", "emerging")))
                .hasMessage("the previous audit (year from 2025-07-01) must be of an earlier academic year than the current one (2024-07-01)");
    }
}
