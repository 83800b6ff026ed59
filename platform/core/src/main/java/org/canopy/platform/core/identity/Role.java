package org.canopy.platform.core.identity;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** The roles of DESIGN.md, spelled in tokens and manifests as {@code trust-executive}. */
public enum Role implements Coded {
    PLATFORM_OPERATOR,
    TRUST_EXECUTIVE,
    TRUST_CPD_DIRECTOR,
    HEADTEACHER,
    CPD_LEAD,
    TEACHER,
    SUPPORT_STAFF,
    EXPERT_ADVISER,
    GOVERNOR;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
