package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** Phase of education, as Get Information about Schools records it. */
public enum Phase implements Coded {
    NURSERY, PRIMARY, MIDDLE, SECONDARY, ALL_THROUGH, SPECIAL, ALTERNATIVE_PROVISION,
    SIXTEEN_PLUS {
        @Override
        public String code() {
            return "16-plus";
        }
    };

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
