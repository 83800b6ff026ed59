package org.canopy.platform.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What a module puts behind one improvement priority ({@link ImprovementPriority#id()}): an amount of
 * money (GBP), people, actions or hours, and what it is in the user's words ("2 NPQ places").
 */
public record PriorityContribution(UUID priority, Kind kind, BigDecimal amount, String description) {

    public enum Kind { MONEY, PEOPLE, ACTIONS, HOURS }

    public PriorityContribution {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }
}
