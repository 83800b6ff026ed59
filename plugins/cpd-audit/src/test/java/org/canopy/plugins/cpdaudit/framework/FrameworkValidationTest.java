package org.canopy.plugins.cpdaudit.framework;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.SCALE;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;

class FrameworkValidationTest {

    private static List<String> problemsWith(Framework framework) {
        return FrameworkValidation.problemsWith(framework);
    }

    @Test
    void aCompleteFrameworkHasNoProblems() {
        assertThat(problemsWith(framework(new LevelReachedByAreas(2),
                area("climate", criterion("c1", 1), criterion("c2", 3)), area("impact", criterion("i1", 2))))).isEmpty();
    }

    @Test
    void aFrameworkNeedsAreas() {
        assertThat(problemsWith(framework(new MeanOfAreas()))).containsExactly("the framework has no areas");
    }

    @Test
    void keysAreUniqueAcrossTheFramework() {
        Framework framework = framework(new MeanOfAreas(),
                area("climate", criterion("shared", 1)), area("climate", criterion("shared", 1)));

        assertThat(problemsWith(framework)).containsExactly(
                "area key 'climate' is used more than once",
                "criterion key 'shared' is used more than once",
                "survey item key 'climate-item' is used more than once");
    }

    @Test
    void weightsRunFromOneToThree() {
        Framework framework = framework(new MeanOfAreas(),
                area("climate", criterion("none", 0), criterion("one", 1), criterion("three", 3), criterion("four", 4)));

        assertThat(problemsWith(framework)).containsExactly(
                "criterion 'none' has weight 0; a weight is 1, 2 or 3",
                "criterion 'four' has weight 4; a weight is 1, 2 or 3");
    }

    @Test
    void everyLevelIsDescribedAndNoOther() {
        Criterion criterion = new Criterion("c1", "c1", 1, Map.of(
                "emerging", "…", "developing", "…", "established", "…", "outstanding", "…"));

        assertThat(problemsWith(framework(new MeanOfAreas(), area("climate", criterion)))).containsExactly(
                "criterion 'c1' has no descriptor for level 'exemplary'",
                "criterion 'c1' describes level 'outstanding', which is not on the scale");
    }

    @Test
    void anAreaNeedsCriteriaAndSurveyItems() {
        Area empty = new Area("climate", "Climate", List.of(), List.of());

        assertThat(problemsWith(framework(new MeanOfAreas(), empty))).containsExactly(
                "area 'climate' has no criteria",
                "area 'climate' has no survey items, so staff cannot give their view of it");
    }

    @Test
    void theScaleNeedsTwoDistinctLevels() {
        Area area = new Area("climate", "Climate", List.of(new Criterion("c1", "c1", 1, Map.of("only", "…"))),
                List.of(new SurveyItem("s1", "…")));
        LevelScale oneLevel = new LevelScale(List.of(new Level(1, "only", "Only")));
        LevelScale repeated = new LevelScale(List.of(new Level(1, "only", "Only"), new Level(2, "only", "Again")));

        assertThat(problemsWith(new Framework("f", "1", "F", oneLevel, List.of(area), new MeanOfAreas())))
                .containsExactly("the level scale needs at least two levels");
        assertThat(problemsWith(new Framework("f", "1", "F", repeated, List.of(area), new MeanOfAreas())))
                .containsExactly("level key 'only' is used more than once");
    }

    @Test
    void theOverallRuleCountsBetweenOneAndEveryArea() {
        Area[] twoAreas = {area("a", criterion("a1", 1)), area("b", criterion("b1", 1))};

        assertThat(problemsWith(framework(new LevelReachedByAreas(2), twoAreas))).isEmpty();
        assertThat(problemsWith(framework(new LevelReachedByAreas(3), twoAreas)))
                .containsExactly("the overall rule counts 3 areas; it must be between 1 and 2");
        assertThat(problemsWith(framework(new LevelReachedByAreas(0), twoAreas)))
                .containsExactly("the overall rule counts 0 areas; it must be between 1 and 2");
    }

    @Test
    void levelRanksFollowTheScalesOrder() {
        assertThatThrownBy(() -> new LevelScale(List.of(SCALE.atRank(2), SCALE.atRank(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("level developing should have rank 1");
    }
}
