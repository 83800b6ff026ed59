package org.canopy.platform.core.sharing;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** What a hub may do with a shared school's data in the granted module. */
public enum GrantAccess implements Coded {
    READ, CONTRIBUTE;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
