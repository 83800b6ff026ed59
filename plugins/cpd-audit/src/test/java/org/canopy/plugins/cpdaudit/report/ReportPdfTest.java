package org.canopy.plugins.cpdaudit.report;

import org.canopy.platform.api.pdf.PdfReport;
import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.MeanOfAreas;
import org.canopy.plugins.cpdaudit.priorities.Action;
import org.canopy.plugins.cpdaudit.priorities.RagStatus;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;
import org.canopy.plugins.cpdaudit.survey.DisclosedSurveys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;

class ReportPdfTest {

    @Test
    void thePdfHasTheOverallLevelTheAreasThePrioritiesAndOnlyTheGroupsThatMayBeShown() {
        Framework framework = framework(new MeanOfAreas(), area("climate", criterion("time", 1)), area("impact", criterion("evaluation", 1)));
        // six teachers and one of site support: the core shows only the school
        StaffSurveyReport survey = DisclosedSurveys.closed(11, 7, Map.of("climate", new BigDecimal("3.57")));
        AuditReport report = AuditReport.of(framework, Map.of(), Map.of(
                "climate", new AreaJudgement("climate", "established", "Whole-staff entitlement is met", "director", Instant.EPOCH),
                "impact", new AreaJudgement("impact", "established", "Impact reviewed termly", "director", Instant.EPOCH)), survey);
        StoredPriority priority = new StoredPriority(UUID.randomUUID(), 1, "impact", "Evaluate coaching", List.of(
                new StoredPriority.StoredAction(UUID.randomUUID(), new Action("Baseline survey", "CPD lead", LocalDate.of(2027, 1, 31),
                        RagStatus.GREEN, false))));

        PdfReport pdf = ReportPdf.report("Riverside Primary", "2026/27", report, List.of(priority));

        String text = pdf.text();
        assertThat(pdf.language()).isEqualTo("en-GB");
        assertThat(text).contains("Riverside Primary", "2026/27", "Overall level: Established", "Whole-staff entitlement is met",
                "Evaluate coaching", "Baseline survey", "7 of 11 answered");
        assertThat(text).as("one site-support respondent: the group and, by subtraction, the teachers are withheld")
                .doesNotContain("Shown by group").contains("No staff group is shown on its own");
    }
}
