package __PACKAGE__;

import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.ModuleContext;
import org.pf4j.Extension;

import java.util.Optional;

/**
 * The module: what the platform asks of it. Plain classes, no injection: everything comes from the
 * {@link ModuleContext} the platform hands over (tenant, caller, tenant-scoped SQL, shared model).
 */
@Extension
public class VisitsModule implements CanopyModule {

    @Override
    public String title() {
        return "__TITLE__";
    }

    /** Mounted at /api/t/{tenant}/m/__MODULE_ID__. */
    @Override
    public Object routes(ModuleContext context) {
        return new VisitRoutes(context);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("__MODULE_ID__/db/changelog.sql");
    }
}
