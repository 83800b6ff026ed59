package org.canopy.plugins.cpdaudit.framework;

import java.util.Objects;

/** A statement every member of staff answers on a 1 (strongly disagree) to 5 (strongly agree) scale. */
public record SurveyItem(String key, String statement) {

    public SurveyItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(statement, "statement");
    }
}
