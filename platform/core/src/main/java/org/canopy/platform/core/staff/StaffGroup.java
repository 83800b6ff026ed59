package org.canopy.platform.core.staff;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** CPD is for the whole school workforce: support staff are staff groups too. */
public enum StaffGroup implements Coded {
    TEACHER, EARLY_CAREER_TEACHER, MIDDLE_LEADER, SENIOR_LEADER, HEADTEACHER, EXECUTIVE,
    TEACHING_ASSISTANT, ADMIN_SUPPORT, SITE_SUPPORT, CATERING_SUPPORT, OTHER_SUPPORT;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
