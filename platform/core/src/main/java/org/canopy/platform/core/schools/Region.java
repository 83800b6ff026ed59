package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/** The nine regions of England. */
public enum Region implements Coded {
    NORTH_EAST, NORTH_WEST, YORKSHIRE_AND_THE_HUMBER, EAST_MIDLANDS, WEST_MIDLANDS,
    EAST_OF_ENGLAND, LONDON, SOUTH_EAST, SOUTH_WEST;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
