package org.canopy.plugins.cpdaudit.report;

import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.evaluation.CriterionRating;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.MeanOfAreas;
import org.canopy.plugins.cpdaudit.survey.DisclosedSurveys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;

class AuditReportTest {

    private final Framework framework = framework(new MeanOfAreas(),
            area("climate", criterion("time", 2), criterion("access", 1)), area("impact", criterion("evaluation", 1)));

    @Test
    void theGapIsLeadersRankMinusStaffRankAndOnlyWhenBothAreKnown() {
        AuditReport report = AuditReport.of(framework, ratings("time", "exemplary", "access", "developing"), Map.of(),
                DisclosedSurveys.closed(10, 6, Map.of("climate", new BigDecimal("2.00"), "impact", new BigDecimal("4.00"))));
        AuditReport.AreaFindings climate = report.area("climate").orElseThrow();
        // leaders: (4×2 + 2×1) / 3 = 3.33 → established; staff agree 2 of 5 → developing
        assertThat(climate.leadersView().orElseThrow().key()).isEqualTo("established");
        assertThat(climate.staffView().orElseThrow().key()).isEqualTo("developing");
        assertThat(climate.gap().getAsInt()).isEqualTo(1);
        AuditReport.AreaFindings impact = report.area("impact").orElseThrow();
        assertThat(impact.leadersView()).as("no criterion of impact is rated yet").isEmpty();
        assertThat(impact.gap()).isEmpty();
        assertThat(report.overall()).as("no area judged yet").isEmpty();
    }

    @Test
    void staffViewsAreWithheldBelowFiveRespondentsAndTheOverallLevelFollowsTheJudgements() {
        AuditReport report = AuditReport.of(framework, Map.of(),
                Map.of("climate", judgement("climate", "established"), "impact", judgement("impact", "developing")),
                DisclosedSurveys.closed(10, 4, nullMean("climate")));
        assertThat(report.area("climate").orElseThrow().staffView()).isEmpty();
        assertThat(report.area("climate").orElseThrow().staffViewByGroup()).isEmpty();
        assertThat(report.overall().orElseThrow().key()).as("mean of 3 and 2 rounds half down").isEqualTo("developing");
    }

    private static Map<String, CriterionRating> ratings(String... criterionThenLevel) {
        Map<String, CriterionRating> ratings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < criterionThenLevel.length; i += 2) {
            ratings.put(criterionThenLevel[i], new CriterionRating(criterionThenLevel[i], criterionThenLevel[i + 1], Optional.empty(),
                    "lead", Instant.EPOCH));
        }
        return ratings;
    }

    private static AreaJudgement judgement(String area, String level) {
        return new AreaJudgement(area, level, "because", "director", Instant.EPOCH);
    }

    private static Map<String, BigDecimal> nullMean(String area) {
        Map<String, BigDecimal> withheld = new java.util.HashMap<>();
        withheld.put(area, null);
        return withheld;
    }
}
