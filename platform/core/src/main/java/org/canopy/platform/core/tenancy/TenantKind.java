package org.canopy.platform.core.tenancy;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** A multi-academy trust owns its schools; a hub supports focus schools of other trusts. */
public enum TenantKind implements Coded {
    TRUST, HUB;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
