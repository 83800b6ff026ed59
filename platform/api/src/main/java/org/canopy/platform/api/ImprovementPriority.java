package org.canopy.platform.api;

import java.util.Objects;
import java.util.UUID;

/**
 * An improvement priority of a school for an academic year ({@code 2025/26}), as the module that owns
 * priorities publishes it (the CPD audit's two transformation priorities): the thread other modules
 * tie their work to, by {@code id}. {@code area} is the key of the area of practice it improves.
 */
public record ImprovementPriority(UUID id, UUID school, String academicYear, String area, String title) {

    public ImprovementPriority {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(academicYear, "academicYear");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
    }
}
