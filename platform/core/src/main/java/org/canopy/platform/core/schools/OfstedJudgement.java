package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** The latest overall judgement; "not yet good" schools are the focus of hub programmes. */
public enum OfstedJudgement implements Coded {
    OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_YET_INSPECTED;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
