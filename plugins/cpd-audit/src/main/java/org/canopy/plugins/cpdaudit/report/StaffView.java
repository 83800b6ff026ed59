package org.canopy.plugins.cpdaudit.report;

import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.framework.LevelScale;

/**
 * Staff's mean agreement (1 to 5) read on the framework's level scale, so it can stand beside the
 * leaders' view: 1 is the lowest level, 5 the highest, evenly between, rounded half down as the
 * framework rounds area levels (a level is earned, not rounded into).
 */
public final class StaffView {

    private static final int STRONGLY_DISAGREE = 1;
    private static final int STRONGLY_AGREE = 5;

    private StaffView() {
    }

    public static Level levelOf(LevelScale scale, double meanAgreement) {
        if (meanAgreement < STRONGLY_DISAGREE || meanAgreement > STRONGLY_AGREE) {
            throw new IllegalArgumentException("a mean agreement runs from 1 to 5, not " + meanAgreement);
        }
        int levels = scale.levels().size();
        double position = 1 + (meanAgreement - STRONGLY_DISAGREE) * (levels - 1)
                / (STRONGLY_AGREE - STRONGLY_DISAGREE);
        long rank = (long) Math.ceil(position - 0.5 - 1e-9);
        return scale.atRank((int) Math.max(1, Math.min(levels, rank)));
    }
}
