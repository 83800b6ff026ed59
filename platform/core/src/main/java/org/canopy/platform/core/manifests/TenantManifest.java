package org.canopy.platform.core.manifests;

import org.canopy.platform.core.schools.InspectionInput;
import org.canopy.platform.core.schools.SchoolInput;
import org.canopy.platform.core.staff.StaffInput;
import org.canopy.platform.core.tenancy.TenantInput;

import java.util.List;

/** A tenant manifest as read from YAML, before validation. The format is documented in tenants/README.md. */
public record TenantManifest(String file, Located<TenantInput> tenant, List<Located<String>> modules,
                             List<Located<Administrator>> administrators, List<Located<SchoolInput>> schools,
                             List<Located<StaffInput>> staff, List<Located<Inspection>> inspections) {

    /** A first administrator: the login (email) they will sign in with, their role and optional school. */
    public record Administrator(String email, String name, String role, String schoolUrn) {
    }

    /** An Ofsted inspection of one of the manifest's schools (by URN). */
    public record Inspection(String schoolUrn, InspectionInput inspection) {
    }
}
