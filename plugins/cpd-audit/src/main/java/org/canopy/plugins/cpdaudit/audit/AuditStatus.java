package org.canopy.plugins.cpdaudit.audit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an audit is in its year: draft → survey open → evidence & judgement → moderated → published. */
public enum AuditStatus {
    DRAFT("Draft"),
    SURVEY_OPEN("Survey open"),
    EVIDENCE_AND_JUDGEMENT("Evidence and judgement"),
    MODERATED("Moderated"),
    PUBLISHED("Published"),
    /** A published edition that a correction has replaced; kept, never changed. */
    SUPERSEDED("Superseded");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As stored and as the API spells it: {@code survey-open}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<AuditStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    /** Leaders may still rate criteria, add evidence and change the priorities. */
    public boolean isOpenForEvidence() {
        return this == DRAFT || this == SURVEY_OPEN || this == EVIDENCE_AND_JUDGEMENT;
    }

    /** Published and superseded editions are the record: nothing in them changes. */
    public boolean isFinal() {
        return this == PUBLISHED || this == SUPERSEDED;
    }
}
