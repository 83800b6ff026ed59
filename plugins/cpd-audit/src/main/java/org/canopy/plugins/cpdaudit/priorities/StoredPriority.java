package org.canopy.plugins.cpdaudit.priorities;

import java.util.List;
import java.util.UUID;

/** A priority as stored, with its actions, for pages and the API. */
public record StoredPriority(UUID id, int position, String areaKey, String title, List<StoredAction> actions) {

    /** An action as stored. */
    public record StoredAction(UUID id, Action action) {
    }

    public TransformationPriority priority() {
        return new TransformationPriority(areaKey, title, actions.stream().map(StoredAction::action).toList());
    }

    public static TransformationPriorities of(List<StoredPriority> stored) {
        return new TransformationPriorities(stored.stream().map(StoredPriority::priority).toList());
    }
}
