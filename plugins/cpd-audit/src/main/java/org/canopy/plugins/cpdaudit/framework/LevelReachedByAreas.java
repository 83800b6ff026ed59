package org.canopy.plugins.cpdaudit.framework;

import java.util.Collection;
import java.util.Comparator;

/**
 * The overall level is the highest level that at least {@code areas} areas have reached, like an
 * award: a school is silver overall when that many areas are silver or better. With {@code areas}
 * equal to the number of areas this is the lowest area level.
 */
public record LevelReachedByAreas(int areas) implements OverallRule {

    @Override
    public Level overall(LevelScale scale, Collection<Level> areaLevels) {
        if (areaLevels.size() < areas) {
            throw new IllegalArgumentException("the overall level needs " + areas + " area levels, not " + areaLevels.size());
        }
        return areaLevels.stream().sorted(Comparator.reverseOrder()).skip(areas - 1L).findFirst().orElseThrow();
    }
}
