package org.canopy.plugins.cpdaudit.framework;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.SCALE;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.level;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.levels;

class OverallRuleTest {

    private static List<Level> levelsOf(String... keys) {
        return Arrays.stream(keys).map(Frameworks::level).toList();
    }

    @Test
    void meanOfAreasRoundsHalfDown() {
        MeanOfAreas mean = new MeanOfAreas();

        assertThat(mean.overall(SCALE, levelsOf("developing", "established"))).isEqualTo(level("developing"));
        assertThat(mean.overall(SCALE, levelsOf("developing", "established", "established"))).isEqualTo(level("established"));
        assertThat(mean.overall(SCALE, levelsOf("emerging", "developing", "exemplary"))).isEqualTo(level("developing"));
    }

    @Test
    void levelReachedByAreasIsTheHighestLevelThatManyAreasReached() {
        List<Level> areas = levelsOf("exemplary", "emerging", "established");

        assertThat(new LevelReachedByAreas(1).overall(SCALE, areas)).isEqualTo(level("exemplary"));
        assertThat(new LevelReachedByAreas(2).overall(SCALE, areas)).isEqualTo(level("established"));
        assertThat(new LevelReachedByAreas(3).overall(SCALE, areas)).as("every area: the lowest").isEqualTo(level("emerging"));
    }

    @Test
    void levelReachedByAreasNeedsThatManyAreas() {
        assertThatThrownBy(() -> new LevelReachedByAreas(3).overall(SCALE, levelsOf("exemplary", "emerging")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the overall level needs 3 area levels, not 2");
    }

    @Test
    void theFrameworksRuleDecidesTheOverallLevel() {
        Area[] areas = {area("a", criterion("a1", 1)), area("b", criterion("b1", 1)), area("c", criterion("c1", 1))};
        var areaLevels = levels("a", "exemplary", "b", "exemplary", "c", "emerging");

        assertThat(framework(new MeanOfAreas(), areas).overallLevel(areaLevels)).isEqualTo(level("established"));
        assertThat(framework(new LevelReachedByAreas(3), areas).overallLevel(areaLevels)).isEqualTo(level("emerging"));
    }

    @Test
    void theOverallLevelNeedsEveryAreasLevel() {
        Framework framework = framework(new MeanOfAreas(), area("a", criterion("a1", 1)), area("b", criterion("b1", 1)));

        assertThatThrownBy(() -> framework.overallLevel(levels("a", "exemplary")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("area 'b' has no level");
    }
}
