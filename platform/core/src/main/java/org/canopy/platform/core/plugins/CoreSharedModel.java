package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.staff.StaffDirectory;
import org.canopy.platform.core.years.AcademicYears;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read views of the current tenant's shared model, for modules. */
@ApplicationScoped
public class CoreSharedModel implements SharedModel {

    @Inject
    Schools schools;

    @Inject
    AcademicYears years;

    @Inject
    StaffDirectory staff;

    @Inject
    PriorityLinks links;

    @Override
    public List<School> schools() {
        return schools.list(Optional.empty()).stream()
                .map(s -> new School(s.id(), s.urn(), s.name(), s.details().phase().code()))
                .toList();
    }

    @Override
    public List<StaffMember> staff() {
        return staff.inPost(LocalDate.now()).stream().map(member -> new StaffMember(member.id(),
                        Optional.ofNullable(member.details().schoolId()), member.details().name(), member.details().email(),
                        member.details().staffGroup().code()))
                .toList();
    }

    @Override
    public List<ImprovementPriority> priorities(UUID school, String academicYear) {
        return links.priorities(school, academicYear);
    }

    @Override
    public Optional<ImprovementPriority> priority(UUID id) {
        return links.priority(id);
    }

    @Override
    public List<Contribution> contributions(Collection<UUID> priorities) {
        return links.contributions(priorities);
    }

    @Override
    public List<AcademicYear> academicYears() {
        return years.list().stream()
                .map(y -> new AcademicYear(y.label().toString(), y.startsOn(), y.endsOn()))
                .toList();
    }
}
