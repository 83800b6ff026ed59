package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The extension point every module implements (one per plugin; the module's id is the plugin's
 * {@code Plugin-Id}). Everything but {@link #title()} is optional.
 */
public interface CanopyModule extends ExtensionPoint {

    /** What users see in navigation, e.g. "CPD audit". */
    String title();

    /**
     * The roles that may use the module's routes and pages ({@code cpd-lead}, …); empty means every
     * member. A hub reaches a module on a trust's focus school only if its granted role
     * ({@code expert-adviser} or {@code expert-adviser-reader}, see {@link Caller}) is listed here.
     */
    default Set<String> visibleTo() {
        return Set.of();
    }

    /**
     * A Jakarta REST resource object, mounted for the tenant under {@code /api/t/{tenant}/m/{module}}:
     * its {@code @GET}/{@code @POST}… methods with their {@code @Path}s answer there. Called per request;
     * the module is enabled for the tenant and the caller may see it. Null: the module has no routes.
     * Also mounted for a hub under {@code /api/t/{hub}/focus-schools/{trust}/{urn}/m/{module}} with
     * the context of a granted focus school (see {@link Caller}).
     */
    default Object routes(ModuleContext context) {
        return null;
    }

    /**
     * A Liquibase changelog in the plugin jar (e.g. {@code db/changelog.xml}), applied once at start-up
     * in the module's own schema. Tenant-owned tables need a {@code tenant_id uuid} column and
     * {@code SELECT canopy_protect_tenant_table('my_table');}, or the module is refused.
     */
    default Optional<String> changelog() {
        return Optional.empty();
    }

    /**
     * Reference data files in the plugin jar (e.g. {@code my-module/reference/levy.json}), loaded by
     * the core at start-up into the module's reference data ({@link ReferenceData}); a rule set already
     * loaded at the file's version or a newer one (the operator's) is left as it is. The format:
     * <pre>{@code
     * {"version": 2, "recordedBy": "Canopy maintainers", "rules": [
     *   {"ruleSet": "levy.transfer_cap", "key": "cap-2024", "effectiveFrom": "2024-04-01", "effectiveTo": null,
     *    "payload": {"percent": 50}, "sourceUrl": "https://…", "sourceNote": "…"}]}
     * }</pre>
     * A file that breaks the format refuses the module at start-up.
     */
    default List<String> referenceFiles() {
        return List.of();
    }

    /** The tenant has just enabled the module: seed its defaults. Runs in the tenant's transaction. */
    default void onEnabled(ModuleContext context) {
    }

    /** The tenant has disabled the module. Its data stays; routes answer 404 until it is enabled again. */
    default void onDisabled(ModuleContext context) {
    }
}
