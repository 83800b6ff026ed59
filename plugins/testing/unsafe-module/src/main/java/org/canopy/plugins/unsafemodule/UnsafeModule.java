package org.canopy.plugins.unsafemodule;

import org.canopy.platform.api.CanopyModule;
import org.pf4j.Extension;

import java.util.Optional;

/** Forgets to protect its tenant table; the host must refuse to start it. */
@Extension
public class UnsafeModule implements CanopyModule {

    @Override
    public String title() {
        return "Unsafe module";
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("unsafe-module/db/changelog.sql");
    }

    @Override
    public Object routes(org.canopy.platform.api.ModuleContext context) {
        return new Object();
    }
}
