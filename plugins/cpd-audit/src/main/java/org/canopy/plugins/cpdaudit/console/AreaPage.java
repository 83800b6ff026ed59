package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsoleLink;
import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.forms.FormErrors;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.evaluation.CriterionRating;
import org.canopy.plugins.cpdaudit.evaluation.EvidenceFile;
import org.canopy.plugins.cpdaudit.evaluation.EvidencePolicy;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Criterion;
import org.canopy.plugins.cpdaudit.report.AuditOverview;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Leaders' self-evaluation of one area: a level per criterion (its descriptors as the choices), notes, evidence files. */
public record AreaPage(AuditFile file, Area area, FormErrors errors) {

    static ConsolePage.View of(ModuleContext context, UUID auditId, String areaKey, FormErrors errors) {
        AuditFile file = new AuditOverview(context).file(auditId);
        Area area = file.framework().area(areaKey).orElseThrow(() -> AuditException.notFound("Area " + areaKey));
        return ConsolePage.view(area.title() + ": self-evaluation", "area.jte", Map.of("page", new AreaPage(file, area, errors)),
                new ConsoleLink(file.school().name() + " " + file.audit().academicYear(), "audits/" + auditId),
                new ConsoleLink(area.title(), "audits/" + auditId + "/areas/" + areaKey));
    }

    public String ratingOf(Criterion criterion) {
        CriterionRating rating = file.ratings().get(criterion.key());
        return rating == null ? "" : rating.level();
    }

    public String notesOf(Criterion criterion) {
        CriterionRating rating = file.ratings().get(criterion.key());
        return rating == null ? "" : rating.notes().orElse("");
    }

    public List<EvidenceFile> evidenceOf(Criterion criterion) {
        return file.evidence().stream().filter(evidence -> evidence.criterionKey().equals(criterion.key())).toList();
    }

    public boolean editable() {
        return file.mayRun() && file.audit().status().isOpenForEvidence();
    }

    public String maxSize() {
        return EvidencePolicy.MAX_BYTES / (1024 * 1024) + " MB";
    }

    public static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }
}
