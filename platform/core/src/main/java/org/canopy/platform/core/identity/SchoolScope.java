package org.canopy.platform.core.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The part of the trust → school hierarchy a permission covers: the whole tenant (which includes
 * the central team), some schools, or nothing.
 */
public record SchoolScope(boolean wholeTenant, Set<UUID> schools) {

    public static final SchoolScope WHOLE_TENANT = new SchoolScope(true, Set.of());
    public static final SchoolScope NOTHING = new SchoolScope(false, Set.of());

    public static SchoolScope of(Set<UUID> schools) {
        return schools.isEmpty() ? NOTHING : new SchoolScope(false, Set.copyOf(schools));
    }

    /** Whether a record of {@code schoolId} (null: the central team) is within the scope. */
    public boolean covers(UUID schoolId) {
        return wholeTenant || (schoolId != null && schools.contains(schoolId));
    }

    public boolean isEmpty() {
        return !wholeTenant && schools.isEmpty();
    }
}
