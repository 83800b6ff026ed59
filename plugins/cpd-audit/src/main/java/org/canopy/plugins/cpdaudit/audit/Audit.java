package org.canopy.plugins.cpdaudit.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One edition of a school's audit for an academic year. A correction of a published audit is a new
 * edition that {@code corrects} the old one and keeps its staff survey ({@code surveyOf}); {@code staffSurvey}
 * is that survey in the core's survey service, once opened.
 */
public record Audit(UUID id, UUID schoolId, String academicYear, int edition, UUID frameworkId, AuditStatus status,
                    Optional<String> surveyCode, Optional<UUID> corrects, Optional<String> correctionReason,
                    Optional<String> overallLevel, Optional<Instant> publishedAt, UUID surveyAuditId,
                    Optional<UUID> staffSurvey) {

    public Audit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(frameworkId, "frameworkId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(surveyAuditId, "surveyAuditId");
    }
}
