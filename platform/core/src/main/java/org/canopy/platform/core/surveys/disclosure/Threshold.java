package org.canopy.platform.core.surveys.disclosure;

import org.canopy.platform.api.StaffSurveys;

/** k: the fewest people behind any result shown; {@value StaffSurveys#MINIMUM_RESPONDENTS} or more, never fewer. */
public record Threshold(int k) {

    public static final Threshold PLATFORM = new Threshold(StaffSurveys.MINIMUM_RESPONDENTS);

    public Threshold {
        if (k < StaffSurveys.MINIMUM_RESPONDENTS) {
            throw new IllegalArgumentException("k may be raised above " + StaffSurveys.MINIMUM_RESPONDENTS + ", never lowered: " + k);
        }
    }

    public boolean allows(int respondents) {
        return respondents >= k;
    }
}
