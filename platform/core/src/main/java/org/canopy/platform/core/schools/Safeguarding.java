package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** A report card's safeguarding outcome: Ofsted reports it as met or not met, never graded. */
public enum Safeguarding implements Coded {
    MET, NOT_MET;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
