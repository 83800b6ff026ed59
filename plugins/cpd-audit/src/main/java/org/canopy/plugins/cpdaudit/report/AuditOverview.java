package org.canopy.plugins.cpdaudit.report;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditEvent;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.evaluation.CriterionRating;
import org.canopy.plugins.cpdaudit.evaluation.EvidenceFile;
import org.canopy.plugins.cpdaudit.evaluation.Evaluations;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What readers see of audits: which audits they may read, each audit's file, and its report. */
public final class AuditOverview {

    /** An audit with everything recorded in it, and what the caller may do next. */
    public record AuditFile(Audit audit, SharedModel.School school, Framework framework, Map<String, CriterionRating> ratings,
                            Map<String, AreaJudgement> judgements, List<EvidenceFile> evidence, List<StoredPriority> priorities,
                            List<AuditEvent> history, boolean mayRun, boolean mayModerate, boolean mayPublish) {
    }

    /** A line of the audits list. */
    public record Listed(Audit audit, SharedModel.School school) {
    }

    private final ModuleContext context;
    private final AuditAccess access;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final Evaluations evaluations;
    private final PriorityBook priorities;

    public AuditOverview(ModuleContext context) {
        this.context = context;
        this.access = new AuditAccess(context);
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.evaluations = new Evaluations(context.data());
        this.priorities = new PriorityBook(context.data());
    }

    /** The schools whose audits the caller reads, by name. */
    public List<SharedModel.School> readableSchools() {
        return context.shared().schools().stream().filter(school -> access.may(AuditRole.READER, school.id()))
                .sorted(Comparator.comparing(SharedModel.School::name)).toList();
    }

    /** The schools whose audits the caller runs. */
    public List<SharedModel.School> runnableSchools() {
        return readableSchools().stream().filter(school -> access.may(AuditRole.RUNNER, school.id())).toList();
    }

    /** The latest edition of each readable audit, optionally of one school or year. */
    public List<Listed> list(Optional<UUID> school, Optional<String> year) {
        return readableSchools().stream().filter(s -> school.isEmpty() || school.get().equals(s.id()))
                .flatMap(s -> audits.ofSchool(s.id()).stream().map(audit -> new Listed(audit, s)))
                .filter(listed -> year.isEmpty() || year.get().equals(listed.audit().academicYear()))
                .toList();
    }

    public AuditFile file(UUID auditId) {
        Audit audit = audits.get(auditId);
        access.requireReader(audit.schoolId());
        SharedModel.School school = context.shared().schools().stream().filter(s -> s.id().equals(audit.schoolId()))
                .findFirst().orElseThrow();
        return new AuditFile(audit, school, frameworks.get(audit.frameworkId()).framework(), evaluations.ratings(audit.id()),
                evaluations.judgements(audit.id()), evaluations.evidence(audit.id()), priorities.of(audit.id()),
                audits.history(audit.id()), access.may(AuditRole.RUNNER, audit.schoolId()),
                access.may(AuditRole.MODERATOR, audit.schoolId()), access.may(AuditRole.PUBLISHER, audit.schoolId()));
    }

    /** The published report as a PDF, for governors to file. */
    public byte[] reportPdf(AuditFile file) {
        if (file.audit().status() != AuditStatus.PUBLISHED) {
            throw AuditException.conflict("The PDF is of the published report; this audit is " + file.audit().status().label().toLowerCase() + ".");
        }
        return context.pdf().render(ReportPdf.report(file.school().name(), file.audit().academicYear(), reportOf(file), file.priorities()));
    }

    /** The PDF's file name: school and year, letters and digits only. */
    public static String pdfName(AuditFile file) {
        return (file.school().name() + " CPD audit " + file.audit().academicYear()).replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
    }

    /** Leaders' view against staff view per area, the judgements and the overall level. */
    public AuditReport report(UUID auditId) {
        return reportOf(file(auditId));
    }

    /** The report of a file already read (and its access checked). */
    public AuditReport reportOf(AuditFile file) {
        return AuditReport.of(file.framework(), file.ratings(), file.judgements(), new StaffSurvey(context).reportOf(file.audit()));
    }
}
