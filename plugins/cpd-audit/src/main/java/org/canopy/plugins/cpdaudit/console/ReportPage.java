package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;
import org.canopy.plugins.cpdaudit.report.AuditReport;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory.YearOnYear;
import org.canopy.plugins.cpdaudit.yearonyear.Movement;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The audit's report: per area the leaders' view against the staff's (as meters on the level
 * scale, with the gap), the judgement and rationale, the overall level, the survey's response rate
 * and results by staff group (only groups of five or more that cannot be derived), and the
 * movement since the previous audit.
 */
public record ReportPage(AuditFile file, AuditReport report, Optional<YearOnYear> yearOnYear) {

    static ConsolePage.View of(ModuleContext context, UUID auditId) {
        AuditOverview overview = new AuditOverview(context);
        AuditFile file = overview.file(auditId);
        return ConsolePage.view("Report", "report.jte",
                Map.of("page", new ReportPage(file, overview.reportOf(file), new AuditHistory(context).yearOnYear(auditId))),
                new ConsoleLink(file.school().name() + " " + file.audit().academicYear(), "audits/" + auditId),
                new ConsoleLink("Report", "audits/" + auditId + "/report"));
    }

    public int levels() {
        return report.framework().scale().levels().size();
    }

    public String label(Optional<Level> level) {
        return level.map(Level::label).orElse("not yet");
    }

    public int rank(Optional<Level> level) {
        return level.map(Level::rank).orElse(0);
    }

    public String gap(OptionalInt gap) {
        if (gap.isEmpty()) {
            return "no comparison yet";
        }
        int levels = gap.getAsInt();
        if (levels == 0) {
            return "leaders and staff agree";
        }
        String amount = Math.abs(levels) + (Math.abs(levels) == 1 ? " level" : " levels");
        return levels > 0 ? "leaders see " + amount + " more than staff" : "staff see " + amount + " more than leaders";
    }

    public String agreement(Optional<Double> mean) {
        return mean.map(m -> String.format("%.1f of 5", m)).orElse("not shown");
    }

    public int minimum() {
        return StaffSurveys.MINIMUM_RESPONDENTS;
    }

    public String movement(Movement movement) {
        return movement == Movement.UP ? "up" : movement == Movement.DOWN ? "down" : "same";
    }

    public String areaTitle(String key) {
        return report.framework().area(key).map(area -> area.title()).orElse(key);
    }

    public static String groupLabel(String group) {
        if (group.equals(StaffSurveyReport.OTHER_GROUPS)) {
            return "Other groups (combined)";
        }
        String words = group.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
