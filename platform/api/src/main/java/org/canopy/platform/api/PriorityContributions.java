package org.canopy.platform.api;

import org.pf4j.ExtensionPoint;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A module's report of what it puts behind improvement priorities (a budget line, an NPQ place, a
 * review action, coaching hours): the owner of the priorities shows it per priority, by module,
 * through {@link SharedModel#contributions}.
 */
public interface PriorityContributions extends ExtensionPoint {

    /** This module's contributions to any of {@code priorities} in the context's tenant; none is an empty list. */
    List<PriorityContribution> contributions(ModuleContext context, Collection<UUID> priorities);
}
