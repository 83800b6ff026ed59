package org.canopy.plugins.cpdaudit.priorities;

import java.time.LocalDate;
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
}
