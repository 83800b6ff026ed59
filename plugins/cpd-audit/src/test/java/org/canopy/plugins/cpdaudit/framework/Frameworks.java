package org.canopy.plugins.cpdaudit.framework;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Small frameworks for tests, on the emerging → exemplary scale. */
public final class Frameworks {

    public static final LevelScale SCALE = new LevelScale(List.of(
            new Level(1, "emerging", "Emerging"), new Level(2, "developing", "Developing"),
            new Level(3, "established", "Established"), new Level(4, "exemplary", "Exemplary")));

    private Frameworks() {
    }

    public static Level level(String key) {
        return SCALE.level(key);
    }

    public static Framework framework(OverallRule overallRule, Area... areas) {
        return new Framework("test", "1", "Test framework", SCALE, List.of(areas), overallRule);
    }

    /** An area with one survey item, keyed {@code <area>-item}. */
    public static Area area(String key, Criterion... criteria) {
        return new Area(key, key, List.of(criteria), List.of(new SurveyItem(key + "-item", "I agree about " + key + ".")));
    }

    public static Criterion criterion(String key, int weight) {
        Map<String, String> descriptors = SCALE.levels().stream()
                .collect(Collectors.toMap(Level::key, level -> key + " when " + level.key()));
        return new Criterion(key, key, weight, descriptors);
    }

    /** Levels by key, in the order given: {@code levels("a", "developing", "b", "exemplary")}. */
    public static Map<String, Level> levels(String... keyThenLevel) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (int i = 0; i < keyThenLevel.length; i += 2) {
            levels.put(keyThenLevel[i], level(keyThenLevel[i + 1]));
        }
        return levels;
    }
}
