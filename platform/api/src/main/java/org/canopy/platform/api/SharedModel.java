package org.canopy.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Read views of the tenant's shared model, owned by the core. For a hub's adviser on a focus school
 * (see {@link Caller}) they hold that school alone and its staff; academic years are the trust's.
 */
public interface SharedModel {

    List<School> schools();

    List<AcademicYear> academicYears();

    /** The tenant's staff members who are in post (not left), at a school or (no school) central. */
    List<StaffMember> staff();

    /** A school of the tenant; {@code phase} as the API spells it ({@code primary}, {@code 16-plus}…). */
    record School(UUID id, String urn, String name, String phase) {
    }

    /**
     * A member of staff; {@code staffGroup} as the API spells it ({@code teacher},
     * {@code teaching-assistant}, {@code support-staff}…), {@code school} empty for central staff.
     */
    record StaffMember(UUID id, Optional<UUID> school, String name, String email, String staffGroup) {
    }

    /** An academic year, {@code label} like {@code 2025/26}. */
    record AcademicYear(String label, LocalDate startsOn, LocalDate endsOn) {
    }
}
