package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Published by the module that owns improvement priorities (the CPD audit), read by every other
 * module through {@link SharedModel#priorities} and {@link SharedModel#priority}, never directly. Each
 * call runs in the owner's own context, in the tenant of the request: another tenant's priorities
 * are never there.
 */
public interface ImprovementPriorities extends ExtensionPoint {

    /** The school's priorities for the academic year ({@code 2025/26}), none when it has not chosen any. */
    List<ImprovementPriority> priorities(ModuleContext context, UUID school, String academicYear);

    /** Those of {@code ids} that are this tenant's priorities; unknown ids are left out. */
    List<ImprovementPriority> byIds(ModuleContext context, Collection<UUID> ids);
}
