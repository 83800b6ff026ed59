package org.canopy.plugins.cpdaudit.priorities;

import java.util.List;
import java.util.Objects;

/** What the school will change in one area of its audit this year, and the actions that get it there. */
public record TransformationPriority(String areaKey, String title, List<Action> actions) {

    public TransformationPriority {
        Objects.requireNonNull(areaKey, "areaKey");
        Objects.requireNonNull(title, "title");
        actions = List.copyOf(actions);
    }
}
