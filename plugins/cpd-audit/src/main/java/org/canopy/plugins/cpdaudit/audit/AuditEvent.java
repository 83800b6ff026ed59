package org.canopy.plugins.cpdaudit.audit;

import java.time.Instant;
import java.util.Optional;

/** A step in an audit's history: created (no {@code from}), moved, returned with a reason, corrected. */
public record AuditEvent(Optional<AuditStatus> from, AuditStatus to, String actor, Optional<String> reason, Instant at) {
}
