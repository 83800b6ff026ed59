package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;
import org.canopy.plugins.cpdaudit.report.AuditReport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The auditor's level per area with the rationale, beside the leaders' and the staff's view of it. */
public record JudgementsPage(AuditFile file, AuditReport report, FormErrors errors) {

    static ConsolePage.View of(ModuleContext context, UUID auditId, FormErrors errors) {
        AuditOverview overview = new AuditOverview(context);
        AuditFile file = overview.file(auditId);
        return ConsolePage.view("Judgements", "judgements.jte", Map.of("page", new JudgementsPage(file, overview.reportOf(file), errors)),
                new ConsoleLink(file.school().name() + " " + file.audit().academicYear(), "audits/" + auditId),
                new ConsoleLink("Judgements", "audits/" + auditId + "/judgements"));
    }

    public boolean editable() {
        return (file.mayRun() || file.mayModerate()) && file.audit().status() == AuditStatus.EVIDENCE_AND_JUDGEMENT;
    }

    public String judged(Area area) {
        AreaJudgement judgement = file.judgements().get(area.key());
        return judgement == null ? "" : judgement.level();
    }

    public String rationale(Area area) {
        AreaJudgement judgement = file.judgements().get(area.key());
        return judgement == null ? "" : judgement.rationale();
    }

    public String labelOrNotYet(Optional<Level> level) {
        return level.map(l -> l.label()).orElse("not yet");
    }
}
