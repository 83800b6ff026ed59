package org.canopy.platform.core.console;

import org.canopy.platform.core.tenancy.Tenant;

import java.util.List;

/**
 * The links a tenant's navigation shows after the core's own sections: those of each module the
 * tenant may use. The plugin host supplies them; the console only lays them out.
 */
public interface ModuleLinks {

    /** {@code home} is the tenant's console root; {@code section} the segment being shown (to mark the current link). */
    List<Frame.Link> of(Tenant tenant, String home, String section);
}
