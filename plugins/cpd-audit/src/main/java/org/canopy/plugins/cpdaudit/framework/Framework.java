package org.canopy.plugins.cpdaudit.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned audit framework, as data: areas of criteria judged on a level scale, the staff survey's
 * items per area, and the rule for the overall level. An audit keeps the version it used.
 * <p>
 * An area's level is the weighted mean of its criteria's level ranks (rank × weight, divided by the
 * sum of weights), <b>rounded half down</b>: exactly between two levels takes the lower, so a level is
 * earned, not rounded into. The overall level follows the framework's {@link OverallRule}.
 */
public record Framework(String key, String version, String title, LevelScale scale, List<Area> areas,
                        OverallRule overallRule) {

    public Framework {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(overallRule, "overallRule");
        areas = List.copyOf(areas);
    }

    public boolean hasArea(String areaKey) {
        return areas.stream().anyMatch(area -> area.key().equals(areaKey));
    }

    public Optional<Area> area(String areaKey) {
        return areas.stream().filter(area -> area.key().equals(areaKey)).findFirst();
    }

    /** The area a criterion belongs to. */
    public Optional<Area> areaOfCriterion(String criterionKey) {
        return areas.stream().filter(area -> area.criteria().stream().anyMatch(c -> c.key().equals(criterionKey))).findFirst();
    }

    /** Every area's level, in the framework's order, from a level for every criterion. */
    public Map<String, Level> areaLevels(Map<String, Level> criterionLevels) {
        Map<String, Level> levels = new LinkedHashMap<>();
        areas.forEach(area -> levels.put(area.key(), areaLevel(area, criterionLevels)));
        return levels;
    }

    public Level areaLevel(Area area, Map<String, Level> criterionLevels) {
        long weightedRankSum = 0;
        long totalWeight = 0;
        for (Criterion criterion : area.criteria()) {
            Level level = criterionLevels.get(criterion.key());
            if (level == null) {
                throw new IllegalArgumentException("criterion '" + criterion.key() + "' of area '" + area.key() + "' has no level");
            }
            weightedRankSum += (long) level.rank() * criterion.weight();
            totalWeight += criterion.weight();
        }
        return scale.meanRoundedHalfDown(weightedRankSum, totalWeight);
    }

    public Level overallLevel(Map<String, Level> areaLevels) {
        List<Level> levels = areas.stream().map(area -> {
            Level level = areaLevels.get(area.key());
            if (level == null) {
                throw new IllegalArgumentException("area '" + area.key() + "' has no level");
            }
            return level;
        }).toList();
        return overallRule.overall(scale, levels);
    }
}
