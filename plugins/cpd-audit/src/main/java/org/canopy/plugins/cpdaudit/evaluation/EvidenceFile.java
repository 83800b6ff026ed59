package org.canopy.plugins.cpdaudit.evaluation;

import java.time.Instant;
import java.util.UUID;

/** A file leaders attached to a criterion as evidence (its content is read separately). */
public record EvidenceFile(UUID id, String criterionKey, String filename, String contentType, int sizeBytes,
                           String uploadedBy, Instant uploadedAt) {
}
