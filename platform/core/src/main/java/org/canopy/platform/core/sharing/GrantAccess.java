package org.canopy.platform.core.sharing;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** What a hub may do with a shared school's data in the granted module. */
public enum GrantAccess implements Coded {
    READ("expert-adviser-reader"), CONTRIBUTE("expert-adviser");

    private final String moduleRole;

    GrantAccess(String moduleRole) {
        this.moduleRole = moduleRole;
    }

    /** The one role the hub's adviser holds at the granted school in the module's {@code Caller}. */
    public String moduleRole() {
        return moduleRole;
    }

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
