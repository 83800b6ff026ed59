package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.priorities.TransformationPriority;

/** A priority of the previous audit and how its area's level moved by the next one. */
public record PriorityOutcome(TransformationPriority priority, Movement areaMovement) {
}
