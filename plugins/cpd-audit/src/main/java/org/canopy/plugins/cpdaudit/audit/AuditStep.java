package org.canopy.plugins.cpdaudit.audit;

import java.util.Arrays;
import java.util.Optional;

/** A move along the lifecycle, from one status to the next, and who may make it. */
public enum AuditStep {
    OPEN_SURVEY("open-survey", AuditStatus.DRAFT, AuditStatus.SURVEY_OPEN, AuditRole.RUNNER),
    CLOSE_SURVEY("close-survey", AuditStatus.SURVEY_OPEN, AuditStatus.EVIDENCE_AND_JUDGEMENT, AuditRole.RUNNER),
    MODERATE("moderate", AuditStatus.EVIDENCE_AND_JUDGEMENT, AuditStatus.MODERATED, AuditRole.MODERATOR),
    RETURN("return", AuditStatus.MODERATED, AuditStatus.EVIDENCE_AND_JUDGEMENT, AuditRole.MODERATOR),
    PUBLISH("publish", AuditStatus.MODERATED, AuditStatus.PUBLISHED, AuditRole.PUBLISHER);

    private final String code;
    private final AuditStatus from;
    private final AuditStatus to;
    private final AuditRole by;

    AuditStep(String code, AuditStatus from, AuditStatus to, AuditRole by) {
        this.code = code;
        this.from = from;
        this.to = to;
        this.by = by;
    }

    public String code() {
        return code;
    }

    public AuditStatus from() {
        return from;
    }

    public AuditStatus to() {
        return to;
    }

    public AuditRole by() {
        return by;
    }

    /** Returning a moderated audit needs a reason, so the school knows what to look at again. */
    public boolean needsReason() {
        return this == RETURN;
    }

    public static Optional<AuditStep> ofCode(String code) {
        return Arrays.stream(values()).filter(step -> step.code.equals(code)).findFirst();
    }
}
