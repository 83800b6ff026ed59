package org.canopy.plugins.cpdaudit.report;

import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.api.pdf.PdfReport;
import org.canopy.platform.api.time.CanopyTime;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;

import java.util.List;
import java.util.Optional;

/**
 * The published report as a PDF governors can file (rendered by the core: the kit's {@link PdfReport}):
 * the overall level, leaders' view against staff view per area with the judgement and its rationale,
 * the survey's response rate and the groups shown (never one under five), and the two priorities
 * with their actions.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static PdfReport report(String schoolName, String academicYear, AuditReport report, List<StoredPriority> priorities) {
        PdfReport.Builder pdf = PdfReport.titled(schoolName + ": CPD audit " + academicYear)
                .text("CPD audit " + academicYear + " · framework " + report.framework().title())
                .heading("Overall level: " + label(report.overall()))
                .heading("Leaders' view against staff view")
                .table(List.of("Area", "Leaders", "Staff", "Judged", "Rationale"), List.of(3f, 2f, 2f, 2f, 5f), report.areas().stream()
                        .map(area -> List.of(area.area().title(), label(area.leadersView()), label(area.staffView()), label(area.judged()),
                                area.rationale().orElse("")))
                        .toList())
                .heading("Staff survey")
                .text(survey(report.survey()))
                .heading("Transformation priorities");
        for (StoredPriority priority : priorities) {
            pdf.text(priority.position() + ". " + priority.title() + " ("
                    + report.framework().area(priority.areaKey()).map(a -> a.title()).orElse(priority.areaKey()) + ")");
            priority.actions().forEach(stored -> pdf.small("   – " + stored.action().description() + ", "
                    + stored.action().owner() + ", due " + CanopyTime.date(stored.action().due()) + ", "
                    + (stored.action().complete() ? "complete" : stored.action().status().name().toLowerCase())));
        }
        return pdf.build();
    }

    private static String survey(StaffSurveyReport survey) {
        StringBuilder text = new StringBuilder("Staff survey: " + survey.responseRateText() + ". ");
        if (survey.meanAgreementByGroup().isEmpty()) {
            text.append("No staff group is shown on its own: ");
        } else {
            text.append("Shown by group: ").append(survey.meanAgreementByGroup().keySet().stream().map(ReportPdf::groupName)
                    .collect(java.util.stream.Collectors.joining(", "))).append(". ");
        }
        text.append("Results are never shown for fewer than ").append(StaffSurveys.MINIMUM_RESPONDENTS)
                .append(" respondents, nor where a smaller group could be worked out by subtraction.");
        return text.toString();
    }

    private static String groupName(String group) {
        return group.equals(StaffSurveyReport.OTHER_GROUPS) ? "other groups (combined)" : group;
    }

    private static String label(Optional<Level> level) {
        return level.map(Level::label).orElse("not yet");
    }
}
