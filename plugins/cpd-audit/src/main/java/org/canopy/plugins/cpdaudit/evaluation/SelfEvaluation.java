package org.canopy.plugins.cpdaudit.evaluation;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.Upload;
import org.canopy.platform.api.files.FileTypes;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Leaders rate each criterion with notes and evidence files while the audit is open for evidence;
 * the auditor (the school's leaders or the trust's CPD director) sets each area's level with a
 * rationale once the survey has closed.
 */
public final class SelfEvaluation {

    private static final int MAX_TEXT = 4000;

    private final AuditAccess access;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final Evaluations evaluations;
    private final FileTypes fileTypes;

    public SelfEvaluation(ModuleContext context) {
        this.fileTypes = context.files();
        this.access = new AuditAccess(context);
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.evaluations = new Evaluations(context.data());
    }

    public void rate(UUID auditId, String criterionKey, String level, String notes) {
        Audit audit = openForEvidence(auditId, "rate the school's criteria");
        Framework framework = frameworks.get(audit.frameworkId()).framework();
        requireCriterion(framework, criterionKey);
        requireLevel(framework, level);
        evaluations.rate(audit.id(), criterionKey, level, text(notes, "notes", false), access.actor());
    }

    public void judge(UUID auditId, String areaKey, String level, String rationale) {
        Audit audit = audits.get(auditId);
        access.requireEither(AuditRole.RUNNER, AuditRole.MODERATOR, audit.schoolId(),
                "the school's CPD lead or headteacher, or the trust's CPD director", "judge an area");
        if (audit.status() != AuditStatus.EVIDENCE_AND_JUDGEMENT) {
            throw AuditException.conflict("Areas are judged once the survey has closed and until moderation; this audit is "
                    + audit.status().label().toLowerCase() + ".");
        }
        Framework framework = frameworks.get(audit.frameworkId()).framework();
        if (framework.area(areaKey).isEmpty()) {
            throw AuditException.notFound("Area " + areaKey);
        }
        requireLevel(framework, level);
        String why = text(rationale, "rationale", true).orElseThrow();
        evaluations.judge(audit.id(), areaKey, level, why, access.actor());
    }

    public UUID addEvidence(UUID auditId, String criterionKey, Upload file) {
        Audit audit = openForEvidence(auditId, "add evidence");
        requireCriterion(frameworks.get(audit.frameworkId()).framework(), criterionKey);
        Upload accepted = EvidencePolicy.POLICY.accept(file, fileTypes, "file");
        if (evaluations.evidenceCount(audit.id()) >= EvidencePolicy.MAX_FILES_PER_AUDIT) {
            throw AuditException.conflict("An audit keeps at most " + EvidencePolicy.MAX_FILES_PER_AUDIT + " evidence files.");
        }
        return evaluations.addEvidence(audit.id(), criterionKey, accepted.filename(), accepted.contentType(), accepted.content(),
                access.actor());
    }

    public Map.Entry<EvidenceFile, byte[]> evidence(UUID auditId, UUID fileId) {
        Audit audit = audits.get(auditId);
        access.requireReader(audit.schoolId());
        return evaluations.evidenceContent(audit.id(), fileId).orElseThrow(() -> AuditException.notFound("Evidence file"));
    }

    private Audit openForEvidence(UUID auditId, String doing) {
        Audit audit = audits.get(auditId);
        access.require(AuditRole.RUNNER, audit.schoolId(), doing);
        if (!audit.status().isOpenForEvidence()) {
            throw AuditException.conflict("This audit is " + audit.status().label().toLowerCase()
                    + "; self-evaluation closes at moderation.");
        }
        return audit;
    }

    private static void requireCriterion(Framework framework, String criterionKey) {
        if (framework.areaOfCriterion(criterionKey).isEmpty()) {
            throw AuditException.notFound("Criterion " + criterionKey);
        }
    }

    private static void requireLevel(Framework framework, String level) {
        if (level == null || framework.scale().find(level).isEmpty()) {
            throw AuditException.invalid("level: one of " + String.join(", ", framework.scale().levels().stream()
                    .map(l -> l.key()).toList()) + ".");
        }
    }

    private static Optional<String> text(String value, String field, boolean required) {
        Optional<String> text = Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
        if (required && text.isEmpty()) {
            throw AuditException.invalid(field + ": required.");
        }
        if (text.filter(v -> v.length() > MAX_TEXT).isPresent()) {
            throw AuditException.invalid(field + ": at most " + MAX_TEXT + " characters.");
        }
        return text;
    }
}
