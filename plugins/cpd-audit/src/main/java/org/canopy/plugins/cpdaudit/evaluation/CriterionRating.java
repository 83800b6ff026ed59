package org.canopy.plugins.cpdaudit.evaluation;

import java.time.Instant;
import java.util.Optional;

/** Leaders' self-evaluation of one criterion: a level of the framework's scale and their notes. */
public record CriterionRating(String criterionKey, String level, Optional<String> notes, String ratedBy, Instant ratedAt) {
}
