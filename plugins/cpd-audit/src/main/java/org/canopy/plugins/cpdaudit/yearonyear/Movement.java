package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.framework.Level;

/** How a level moved from one audit to the next, on the same level scale. */
public enum Movement {
    UP, SAME, DOWN;

    public static Movement between(Level before, Level after) {
        int change = after.compareTo(before);
        return change > 0 ? UP : change < 0 ? DOWN : SAME;
    }
}
