package org.canopy.platform.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of a module's reference data: a rule of {@code ruleSet} (e.g. {@code levy.transfer_cap})
 * in effect from {@code effectiveFrom} to {@code effectiveTo} (inclusive; empty: until replaced), its
 * {@code payload} as JSON text, its source, and who recorded it. A calculation keeps {@code id} to
 * say which rule it used; rows are never changed or deleted, so the id stays readable
 * ({@link ReferenceData#rule(UUID)}). {@code key} names the rule in the file ({@code npq-2025-nov});
 * {@code version} is the version of the file that loaded it.
 */
public record ReferenceRule(UUID id, String ruleSet, String key, int version, LocalDate effectiveFrom,
                            Optional<LocalDate> effectiveTo, String payload, Optional<String> sourceUrl,
                            Optional<String> sourceNote, String recordedBy) {

    public ReferenceRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(sourceNote, "sourceNote");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }

    /** Whether the rule is in effect on {@code date}. */
    public boolean coversDate(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveTo.map(to -> !date.isAfter(to)).orElse(true);
    }
}
