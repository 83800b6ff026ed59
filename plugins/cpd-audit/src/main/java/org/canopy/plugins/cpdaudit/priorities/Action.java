package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.plugins.cpdaudit.Share;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** A step towards a transformation priority: who does what by when, and how it is going. */
public record Action(String description, String owner, LocalDate due, RagStatus status, boolean complete) {

    public Action {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Complete, or rated green and not yet due. A green action past its due date and not complete is
     * not on track: the rating has gone stale.
     */
    public boolean isOnTrack(LocalDate today) {
        return complete || status == RagStatus.GREEN && !due.isBefore(today);
    }

    /** How many of {@code actions} are on track today; 0 of 0 when there are none. */
    public static Share onTrack(Collection<Action> actions, LocalDate today) {
        return new Share((int) actions.stream().filter(action -> action.isOnTrack(today)).count(), actions.size());
    }
}
