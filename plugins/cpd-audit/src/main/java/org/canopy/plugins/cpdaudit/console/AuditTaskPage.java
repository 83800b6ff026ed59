package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.AuditStep;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One audit as a task list: survey, self-evaluation by area, judgements, priorities, then the next step. */
public record AuditTaskPage(AuditFile file, StaffSurveyReport survey, List<AuditStep> nextSteps, String surveyAddress, FormErrors errors) {

    static ConsolePage.View of(ModuleContext context, UUID auditId) {
        return load(context, auditId).view();
    }

    static AuditTaskPage load(ModuleContext context, UUID auditId) {
        AuditFile file = new AuditOverview(context).file(auditId);
        return new AuditTaskPage(file, new StaffSurvey(context).reportOf(file.audit()), stepsFor(file),
                SurveyPages.address(context), FormErrors.none());
    }

    ConsolePage.View view() {
        return ConsolePage.view(file.school().name() + ": CPD audit " + file.audit().academicYear(), "audit.jte",
                Map.of("page", this), new ConsoleLink(file.school().name() + " " + file.audit().academicYear(), "audits/" + file.audit().id()));
    }

    ConsolePage.View withErrors(FormErrors problems) {
        return new AuditTaskPage(file, survey, nextSteps, surveyAddress, problems).view();
    }

    /** The steps the caller may take from here, in the order they come. */
    private static List<AuditStep> stepsFor(AuditFile file) {
        List<AuditStep> steps = new ArrayList<>();
        for (AuditStep step : AuditStep.values()) {
            if (step.from() == file.audit().status() && mayTake(step, file)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static boolean mayTake(AuditStep step, AuditFile file) {
        if (step.by() == AuditRole.RUNNER) {
            return file.mayRun();
        }
        return step.by() == AuditRole.MODERATOR ? file.mayModerate() : file.mayPublish();
    }

    public String buttonLabel(AuditStep step) {
        if (step == AuditStep.OPEN_SURVEY) {
            return "Open the staff survey";
        }
        if (step == AuditStep.CLOSE_SURVEY) {
            return "Close the survey";
        }
        if (step == AuditStep.MODERATE) {
            return "Confirm moderation";
        }
        return step == AuditStep.RETURN ? "Return to the school" : "Publish the audit";
    }

    public int rated(Area area) {
        return (int) area.criteria().stream().filter(criterion -> file.ratings().containsKey(criterion.key())).count();
    }

    public boolean openForEvidence() {
        return file.audit().status().isOpenForEvidence();
    }

    public boolean judging() {
        return file.audit().status() == AuditStatus.EVIDENCE_AND_JUDGEMENT;
    }

    public boolean published() {
        return file.audit().status() == AuditStatus.PUBLISHED;
    }

    public String levelLabel(String key) {
        return file.framework().scale().find(key).map(level -> level.label()).orElse(key);
    }

    public String tagClass() {
        AuditStatus status = file.audit().status();
        if (status == AuditStatus.PUBLISHED) {
            return "govuk-tag--green";
        }
        if (status == AuditStatus.SUPERSEDED) {
            return "govuk-tag--grey";
        }
        return status == AuditStatus.MODERATED ? "govuk-tag--turquoise" : "govuk-tag--blue";
    }
}
