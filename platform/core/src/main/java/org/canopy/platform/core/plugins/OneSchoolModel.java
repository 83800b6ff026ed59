package org.canopy.platform.core.plugins;

import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The shared model of a tenant as someone working on one of its schools sees it: that school, its staff, the tenant's years. */
final class OneSchoolModel implements SharedModel {

    private final TenantContext scope;
    private final SharedModel tenantModel;
    private final UUID school;

    OneSchoolModel(TenantContext scope, SharedModel tenantModel, UUID school) {
        this.scope = scope;
        this.tenantModel = tenantModel;
        this.school = school;
    }

    @Override
    public List<School> schools() {
        return TenantScope.call(scope, () -> tenantModel.schools().stream().filter(s -> s.id().equals(school)).toList());
    }

    @Override
    public List<AcademicYear> academicYears() {
        return TenantScope.call(scope, tenantModel::academicYears);
    }

    @Override
    public List<ImprovementPriority> priorities(UUID school, String academicYear) {
        return school.equals(this.school) ? TenantScope.call(scope, () -> tenantModel.priorities(school, academicYear)) : List.of();
    }

    @Override
    public Optional<ImprovementPriority> priority(UUID id) {
        return TenantScope.call(scope, () -> tenantModel.priority(id)).filter(priority -> priority.school().equals(school));
    }

    /** Only for this school's priorities: another school's ids of the trust are not asked about. */
    @Override
    public List<Contribution> contributions(Collection<UUID> priorities) {
        return TenantScope.call(scope, () -> {
            List<UUID> ours = priorities.stream().filter(id -> tenantModel.priority(id)
                    .filter(priority -> priority.school().equals(school)).isPresent()).toList();
            return tenantModel.contributions(ours);
        });
    }

    @Override
    public List<StaffMember> staff() {
        return TenantScope.call(scope, () -> tenantModel.staff().stream()
                .filter(member -> member.school().equals(Optional.of(school))).toList());
    }
}
