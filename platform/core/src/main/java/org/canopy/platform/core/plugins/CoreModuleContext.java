package org.canopy.platform.core.plugins;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.ReferenceData;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.api.TenantData;
import org.canopy.platform.api.TenantRef;
import org.canopy.platform.api.csv.CsvFiles;
import org.canopy.platform.api.files.FileTypes;
import org.canopy.platform.api.pdf.PdfReports;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.AccessPolicy;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.function.Supplier;

/** The context a module gets for one request or lifecycle event, built by the core. */
record CoreModuleContext(String moduleId, TenantRef tenant, Optional<Caller> caller, TenantData data,
                         SharedModel shared, Config config, ReferenceData referenceData,
                         StaffSurveys surveys) implements ModuleContext {

    /**
     * The caller with the roles that count in this tenant, each over its school or the whole tenant;
     * none for the platform's own work or an anonymous visitor, whose policy is then not even read.
     */
    static Optional<Caller> callerOf(CanopyUser user, Supplier<AccessPolicy> policy) {
        if (!user.isPerson()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.username(), user.displayName(), policy.get().effectiveGrants().stream()
                .map(grant -> new Caller.RoleScope(grant.role().code(), grant.school()))
                .toList()));
    }

    @Override
    public PdfReports pdf() {
        return ModulePdf.INSTANCE;
    }

    @Override
    public CsvFiles csv() {
        return ModuleCsv.INSTANCE;
    }

    @Override
    public FileTypes files() {
        return ContentTypes.INSTANCE;
    }

    @Override
    public Optional<String> config(String key) {
        return config.getOptionalValue("canopy.module." + moduleId + "." + key, String.class);
    }
}
