package org.canopy.platform.core.manifests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.common.FieldErrors;
import org.canopy.platform.core.common.InputValidator;
import org.canopy.platform.core.identity.KeycloakProvisioner;
import org.canopy.platform.core.manifests.ManifestCheck.ValidAdministrator;
import org.canopy.platform.core.manifests.ManifestCheck.ValidManifest;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.roles.RoleAssignments;
import org.canopy.platform.core.schools.Inspections;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.schools.SchoolDetails;
import org.canopy.platform.core.schools.Schools;
import org.canopy.platform.core.staff.StaffDetails;
import org.canopy.platform.core.staff.StaffDirectory;
import org.canopy.platform.core.staff.StaffInput;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a checked manifest in one transaction, in the tenant's scope (entered by the caller).
 * Upserts by natural key (slug, URN, email, grant) and touches only what differs, so applying the
 * same manifest again changes nothing. Entries missing from the manifest are left alone: a
 * manifest never deletes.
 */
@ApplicationScoped
@Transactional
public class ManifestWriter {

    @Inject
    TenantDirectory tenants;

    @Inject
    ModuleEnablement modules;

    @Inject
    Schools schools;

    @Inject
    Inspections inspections;

    @Inject
    StaffDirectory staff;

    @Inject
    RoleAssignments roles;

    @Inject
    InputValidator validator;

    @Inject
    KeycloakProvisioner identity;

    public record Outcome(String tenant, boolean created, int changes) {
    }

    public Outcome write(ValidManifest manifest) {
        Optional<Tenant> existing = tenants.findBySlug(manifest.tenant().slug());
        int changes = 0;
        if (existing.isEmpty()) {
            tenants.create(manifest.tenant());
            changes++;
        } else {
            changes += tenants.describe(existing.get(), manifest.tenant()) ? 1 : 0;
            identity.ensureOrganization(manifest.tenant().slug(), manifest.tenant().name());
        }
        changes += writeSchools(manifest);
        for (ManifestCheck.ValidInspection inspection : manifest.inspections()) {
            School school = schools.findByUrn(inspection.schoolUrn()).orElseThrow();
            changes += inspections.ensure(school, inspection.details()) ? 1 : 0;
        }
        Map<String, UUID> schoolIds = schools.list(Optional.empty()).stream().collect(Collectors.toMap(School::urn, School::id));
        changes += writeStaff(manifest, schoolIds);
        changes += modules.enable(manifest.modules()); // after the shared model, which modules' seeds may read
        for (ValidAdministrator admin : manifest.administrators()) {
            UUID schoolId = admin.schoolUrn() == null ? null : schoolIds.get(admin.schoolUrn());
            changes += roles.grant(admin.email(), admin.name(), admin.role(), schoolId) ? 1 : 0;
            identity.ensureMember(manifest.tenant().slug(), manifest.tenant().name(), admin.email(), admin.name(), admin.role());
        }
        if (existing.isPresent()) {
            changes += tenants.ensureYears(England.today());
        }
        return new Outcome(manifest.tenant().slug(), existing.isEmpty(), changes);
    }

    private int writeSchools(ValidManifest manifest) {
        int changes = 0;
        for (SchoolDetails details : manifest.schools()) {
            Optional<School> school = schools.findByUrn(details.urn());
            if (school.isEmpty()) {
                schools.create(details);
                changes++;
            } else {
                long before = school.get().version();
                if (before != schools.update(school.get(), details).version()) {
                    changes++;
                }
            }
        }
        return changes;
    }

    private int writeStaff(ValidManifest manifest, Map<String, UUID> schoolIds) {
        int changes = 0;
        for (StaffInput input : manifest.staff()) {
            StaffDetails details = input.validate(validator, schoolIds, new FieldErrors());
            var member = staff.findByEmail(details.email());
            if (member.isEmpty()) {
                staff.create(details);
                changes++;
            } else {
                long before = member.get().version();
                if (before != staff.update(member.get(), details).version()) {
                    changes++;
                }
            }
        }
        return changes;
    }
}
