package org.canopy.plugins.cpdaudit.framework;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.level;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.levels;

class FrameworkAreaLevelTest {

    private static Level areaLevel(Area area, String... criterionThenLevel) {
        return framework(new MeanOfAreas(), area).areaLevel(area, levels(criterionThenLevel));
    }

    @Test
    void aWeightedCriterionPullsTheAreaTowardsItsLevel() {
        Area unweighted = area("impact", criterion("outcomes", 1), criterion("practice", 1));
        Area practiceTriple = area("impact", criterion("outcomes", 1), criterion("practice", 3));

        assertThat(areaLevel(unweighted, "outcomes", "emerging", "practice", "exemplary")).isEqualTo(level("developing"));
        assertThat(areaLevel(practiceTriple, "outcomes", "emerging", "practice", "exemplary")).isEqualTo(level("established"));
    }

    @ParameterizedTest(name = "weights {0} and {1}, levels {2} and {3}: {4}")
    @CsvSource({
            "1, 1, developing, exemplary,   established",
            "1, 1, developing, established, developing",
            "1, 2, developing, established, established",
            "2, 1, developing, established, developing",
            "3, 1, emerging,   exemplary,   developing"})
    void areaLevelIsTheWeightedMeanRoundedHalfDown(int weightA, int weightB, String levelA, String levelB, String expected) {
        Area area = area("climate", criterion("a", weightA), criterion("b", weightB));

        assertThat(areaLevel(area, "a", levelA, "b", levelB)).isEqualTo(level(expected));
    }

    @Test
    void everyCriterionNeedsALevel() {
        Area area = area("climate", criterion("a", 1), criterion("b", 1));

        assertThatThrownBy(() -> areaLevel(area, "a", "developing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion 'b' of area 'climate' has no level");
    }

    @Test
    void areaLevelsComeInTheFrameworksOrder() {
        Framework framework = framework(new MeanOfAreas(),
                area("leadership", criterion("l", 1)), area("climate", criterion("c", 1)));

        assertThat(framework.areaLevels(levels("c", "exemplary", "l", "emerging")))
                .containsExactly(entry("leadership", level("emerging")),
                        entry("climate", level("exemplary")));
    }
}
