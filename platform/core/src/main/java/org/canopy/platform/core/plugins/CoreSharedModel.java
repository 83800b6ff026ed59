package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.schools.InspectionDetails;
import org.canopy.platform.core.schools.Inspections;
import org.canopy.platform.core.schools.OfstedInspection;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.staff.StaffDirectory;
import org.canopy.platform.core.years.AcademicYears;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
    Inspections inspections;

    @Inject
    PriorityLinks links;

    @Override
    public List<School> schools() {
        Map<UUID, List<OfstedInspection>> inspected = inspections.bySchool();
        return schools.list(Optional.empty()).stream()
                .map(s -> new School(s.id(), s.urn(), s.name(), s.details().phase().code(),
                        inspected.getOrDefault(s.id(), List.of()).stream().map(i -> inspection(i.details())).toList()))
                .toList();
    }

    private static Inspection inspection(InspectionDetails details) {
        return new Inspection(Optional.ofNullable(details.date()), Optional.ofNullable(details.judgement()).map(Coded::code),
                details.gradeCodes(), Optional.ofNullable(details.safeguarding()).map(Coded::code));
    }

    @Override
    public List<StaffMember> staff() {
        return staff.inPost(England.today()).stream().map(member -> new StaffMember(member.id(),
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
