package org.canopy.plugins.cpdaudit.framework;

import java.util.Collection;

/** How a framework turns its area levels into the overall level: part of the framework's data. */
public sealed interface OverallRule permits MeanOfAreas, LevelReachedByAreas {

    Level overall(LevelScale scale, Collection<Level> areaLevels);
}
