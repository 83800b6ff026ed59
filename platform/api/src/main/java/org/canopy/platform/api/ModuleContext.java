package org.canopy.platform.api;

import org.canopy.platform.api.csv.CsvFiles;
import org.canopy.platform.api.files.FileTypes;
import org.canopy.platform.api.pdf.PdfReports;
import org.canopy.platform.api.time.CanopyTime;

import java.time.Clock;
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

    /**
     * The platform's clock, in Europe/London: {@code LocalDate.now(context.clock())} is the schools'
     * today. Use it for every "now" (never a zone-less {@code now()}), so that tests can fix it.
     */
    default Clock clock() {
        return CanopyTime.clock();
    }

    /** What a file is by its bytes, for {@link org.canopy.platform.api.files.UploadPolicy}; the core provides it. */
    default FileTypes files() {
        throw new UnsupportedOperationException("this host does not detect file types");
    }

    /** CSV export and import as spreadsheets read and write it; the core provides it. */
    default CsvFiles csv() {
        throw new UnsupportedOperationException("this host does not read or write CSV");
    }

    /**
     * Anonymous staff surveys run by the core for this module: it describes the survey, the core
     * keeps the answers and gives back disclosed results only (see {@link StaffSurveys}). Since
     * API 0.5.0; a context built outside the core may not offer it.
     */
    default StaffSurveys surveys() {
        throw new UnsupportedOperationException("staff surveys are offered by the Canopy platform's own context");
    }

    /** PDF reports rendered by the core (title, language, page numbers, tables, charts); the core provides it. */
    default PdfReports pdf() {
        throw new UnsupportedOperationException("this host does not render PDF");
    }
}
