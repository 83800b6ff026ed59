package org.canopy.plugins.cpdaudit;

import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.TenantRef;
import org.canopy.platform.testkit.module.ModuleDatabase;
import org.canopy.platform.testkit.module.TestModuleContext;

/**
 * A trust with the CPD audit enabled, on a real database without the server: two schools, the year
 * 2025/26, the default framework seeded as enabling the module seeds it. Fresh for each test.
 */
public final class TrustOnDatabase {

    public static final String MODULE = "cpd-audit";
    public static final String YEAR = "2025/26";

    public final TenantRef trust;
    public final SharedModel.School riverside;
    public final SharedModel.School hillside;
    private final TestModuleContext platform;

    public TrustOnDatabase() {
        ModuleDatabase database = ModuleDatabase.shared();
        CpdAuditModule module = new CpdAuditModule();
        database.install(MODULE, module);
        trust = database.newTenant("Audit Trust", TenantRef.Kind.TRUST);
        riverside = database.newSchool(trust, "200101", "Riverside Primary", "primary");
        hillside = database.newSchool(trust, "200102", "Hillside Academy", "secondary");
        database.newAcademicYear(trust, YEAR);
        platform = database.context(MODULE, trust);
        module.onEnabled(platform);
    }

    /** Someone holding {@code role} at {@code school}, named after both. */
    public TestModuleContext at(SharedModel.School school, String role) {
        return platform.atSchool(role + "@" + school.urn(), school.id(), role);
    }

    /** Someone holding {@code role} over the whole trust. */
    public TestModuleContext overTrust(String role) {
        return platform.as(role + "@trust", role);
    }

    /** Another trust with the module enabled: none of this one's rows are there. */
    public static TestModuleContext anotherTrust(String role) {
        return new TrustOnDatabase().overTrust(role);
    }
}
