package org.canopy.plugins.cpdaudit.framework;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.access.Roles;
import org.canopy.plugins.cpdaudit.audit.AuditException;

/** A trust's own framework versions are made by its executive or CPD director, across the trust. */
public final class FrameworkEditors {

    private FrameworkEditors() {
    }

    public static void require(ModuleContext context) {
        Caller caller = context.caller().orElseThrow(() -> AuditException.forbidden("Sign in to change frameworks."));
        caller.eitherOf(Roles.TRUST_EXECUTIVE, Roles.TRUST_CPD_DIRECTOR)
                .requireOverTenant("Only the trust's executive or CPD director may change the trust's frameworks.");
    }
}
