package org.canopy.platform.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Read views of the tenant's shared model, owned by the core. */
public interface SharedModel {

    List<School> schools();

    List<AcademicYear> academicYears();

    /** A school of the tenant; {@code phase} as the API spells it ({@code primary}, {@code 16-plus}…). */
    record School(UUID id, String urn, String name, String phase) {
    }

    /** An academic year, {@code label} like {@code 2025/26}. */
    record AcademicYear(String label, LocalDate startsOn, LocalDate endsOn) {
    }
}
