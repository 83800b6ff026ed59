package org.canopy.plugins.cpdaudit.framework;

import java.util.List;
import java.util.Objects;

/** An area of CPD leadership, judged through its criteria by leaders and through its survey items by staff. */
public record Area(String key, String title, List<Criterion> criteria, List<SurveyItem> surveyItems) {

    public Area {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        criteria = List.copyOf(criteria);
        surveyItems = List.copyOf(surveyItems);
    }
}
