package org.canopy.platform.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The school's improvement priorities for the academic year ({@code 2025/26}), as the module that
     * owns them publishes them ({@link ImprovementPriorities}); none when no such module is enabled.
     */
    default List<ImprovementPriority> priorities(UUID school, String academicYear) {
        return List.of();
    }

    /** The tenant's priority with this id, if there is one (a module checks an id it is given before keeping it). */
    default Optional<ImprovementPriority> priority(UUID id) {
        return Optional.empty();
    }

    /** What each enabled module reports it puts behind any of {@code priorities} ({@link PriorityContributions}). */
    default List<Contribution> contributions(Collection<UUID> priorities) {
        return List.of();
    }

    /**
     * A school of the tenant; {@code phase} as the API spells it ({@code primary}, {@code 16-plus}…);
     * its Ofsted {@code inspections}, newest first (an undated one last).
     */
    record School(UUID id, String urn, String name, String phase, List<Inspection> inspections) {

        public School {
            inspections = inspections == null ? List.of() : List.copyOf(inspections);
        }

        /** A school whose inspections are not known to the caller (before plugin API 0.5.0 a school had none). */
        public School(UUID id, String urn, String name, String phase) {
            this(id, urn, name, phase, List.of());
        }
    }

    /**
     * One Ofsted inspection, as Ofsted gives it. Before 10 November 2025: one overall {@code judgement}
     * ({@code outstanding}, {@code good}, {@code requires-improvement}, {@code inadequate}), no grades. From
     * then a report card: {@code grades} by area in the report card's order ({@code inclusion},
     * {@code curriculum-and-teaching}, {@code achievement}, {@code attendance-and-behaviour},
     * {@code personal-development-and-wellbeing}, {@code early-years} and {@code sixth-form} where the school
     * has them, {@code leadership-and-governance}), each {@code exceptional}, {@code strong-standard},
     * {@code expected-standard}, {@code needs-attention} or {@code urgent-improvement}, and {@code safeguarding}
     * {@code met} or {@code not-met}. Ofsted says the two scales cannot be compared: never map one onto the other.
     * {@code date} is empty for a judgement whose date was never recorded.
     */
    record Inspection(Optional<LocalDate> date, Optional<String> judgement, Map<String, String> grades,
                      Optional<String> safeguarding) {

        public Inspection {
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        public boolean isReportCard() {
            return judgement.isEmpty();
        }
    }

    /**
     * A member of staff; {@code staffGroup} as the API spells it ({@code teacher},
     * {@code teaching-assistant}, {@code support-staff}…), {@code school} empty for central staff.
     */
    record StaffMember(UUID id, Optional<UUID> school, String name, String email, String staffGroup) {
    }

    /** A module's contribution to a priority, with the module's id and title to show it by. */
    record Contribution(String module, String moduleTitle, PriorityContribution contribution) {
    }

    /** An academic year, {@code label} like {@code 2025/26}. */
    record AcademicYear(String label, LocalDate startsOn, LocalDate endsOn) {
    }
}
