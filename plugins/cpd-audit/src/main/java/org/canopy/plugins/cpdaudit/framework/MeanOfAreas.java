package org.canopy.plugins.cpdaudit.framework;

import java.util.Collection;

/** The overall level is the mean of the area levels, each area counting once, rounded half down. */
public record MeanOfAreas() implements OverallRule {

    @Override
    public Level overall(LevelScale scale, Collection<Level> areaLevels) {
        long rankSum = areaLevels.stream().mapToLong(Level::rank).sum();
        return scale.meanRoundedHalfDown(rankSum, areaLevels.size());
    }
}
