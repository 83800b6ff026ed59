package org.canopy.platform.api;

import java.util.Optional;

/**
 * What the core hands a module for one request or lifecycle event: a plain object (plugin classes
 * get no injection). The tenant is fixed by the core; a module cannot choose or change it.
 */
public interface ModuleContext {

    /** This module's id (its Plugin-Id). */
    String moduleId();

    TenantRef tenant();

    /** The signed-in caller; empty during lifecycle events run by the platform. */
    Optional<Caller> caller();

    /** Tenant-scoped, transactional SQL on the module's own schema. */
    TenantData data();

    /** Read access to the tenant's schools and academic years. */
    SharedModel shared();

    /** Configuration (MicroProfile Config) under {@code canopy.module.<id>.<key>}. */
    Optional<String> config(String key);

    /** This module's reference data (rules that change by date); none by default. */
    default ReferenceData referenceData() {
        return ReferenceData.NONE;
    }
}
