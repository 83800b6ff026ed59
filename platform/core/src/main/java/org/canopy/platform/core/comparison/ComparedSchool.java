package org.canopy.platform.core.comparison;

import java.util.Objects;
import java.util.UUID;

/** A school as a row of the trust comparison; {@code phase} is its code, such as {@code primary}. */
public record ComparedSchool(UUID id, String urn, String name, String phase) {

    public ComparedSchool {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
    }
}
