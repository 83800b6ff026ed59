package org.canopy.plugins.cpdaudit.survey;

import java.util.Map;
import java.util.Objects;

/**
 * One anonymous response: the respondent's staff group and an answer from 1 (strongly disagree) to
 * 5 (strongly agree) per survey item answered; items may be skipped.
 */
public record SurveyResponse(String staffGroup, Map<String, Integer> answersByItem) {

    public static final int STRONGLY_DISAGREE = 1;
    public static final int STRONGLY_AGREE = 5;

    public SurveyResponse {
        Objects.requireNonNull(staffGroup, "staffGroup");
        answersByItem = Map.copyOf(answersByItem);
        answersByItem.forEach((item, answer) -> {
            if (answer < STRONGLY_DISAGREE || answer > STRONGLY_AGREE) {
                throw new IllegalArgumentException("the answer to '" + item + "' is " + answer + "; answers run from 1 to 5");
            }
        });
    }
}
