package org.canopy.platform.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The module's own reference data: rules that change by date (funding lists, caps, eligibility),
 * which are data, never code. The module ships them as versioned files in its jar
 * ({@link CanopyModule#referenceFiles()}), the core loads them at start-up, and the platform operator
 * can load a newer version ({@code POST /api/platform/modules/{module}/reference-data}). Every tenant
 * reads them; no tenant writes them. A module reads only its own.
 */
public interface ReferenceData {

    /** No reference data: what a context without any answers. */
    ReferenceData NONE = new ReferenceData() {
        @Override
        public Optional<ReferenceRule> rule(String ruleSet, LocalDate date) {
            return Optional.empty();
        }

        @Override
        public Optional<ReferenceRule> rule(UUID id) {
            return Optional.empty();
        }
    };

    /** The rule of {@code ruleSet} in effect on {@code date}, from the newest version loaded; empty when none is. */
    Optional<ReferenceRule> rule(String ruleSet, LocalDate date);

    /** A rule by the id a calculation recorded, whichever version loaded it. */
    Optional<ReferenceRule> rule(UUID id);
}
