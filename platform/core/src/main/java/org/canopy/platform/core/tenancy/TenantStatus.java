package org.canopy.platform.core.tenancy;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

public enum TenantStatus implements Coded {
    ACTIVE, SUSPENDED;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
