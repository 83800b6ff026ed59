package org.canopy.plugins.cpdaudit.framework;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultFrameworkTest {

    private final Framework framework = FrameworkJson.readDefault();

    @Test
    void hasTheSixAreasOfTheEastMidlandsToolkit() {
        assertThat(framework.areas()).extracting(Area::title).containsExactly(
                "Creating the climate", "Leadership", "Systems and processes", "Identifying needs",
                "Approaches and methods", "Evaluating impact");
    }

    @Test
    void judgesOnFourLevelsFromEmergingToExemplary() {
        assertThat(framework.scale().levels()).extracting(Level::key)
                .containsExactly("emerging", "developing", "established", "exemplary");
    }

    @Test
    void eachAreaHasThreeToFiveCriteriaAndTwoOrThreeSurveyItems() {
        assertThat(framework.areas()).allSatisfy(area -> {
            assertThat(area.criteria()).hasSizeBetween(3, 5);
            assertThat(area.surveyItems()).hasSizeBetween(2, 3);
        });
    }

    @Test
    void weightsTheCriteriaWithTheStrongestEvidence() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        framework.areas().forEach(area -> area.criteria().forEach(criterion -> weights.put(criterion.key(), criterion.weight())));

        assertThat(weights).containsEntry("methods-sustained-collaborative", 3)
                .containsEntry("impact-practice-and-pupils", 3)
                .containsEntry("climate-whole-workforce", 2)
                .containsValue(1);
    }

    @Test
    void surveyStatementsFitOnAPhoneScreen() {
        assertThat(framework.areas()).flatExtracting(Area::surveyItems).extracting(SurveyItem::statement)
                .allSatisfy(statement -> assertThat(statement).hasSizeLessThanOrEqualTo(60).endsWith("."));
    }

    @Test
    void theOverallLevelIsTheLevelFiveOfTheSixAreasReached() {
        Map<String, Level> oneAreaBehind = allAreasAt("established");
        oneAreaBehind.put("evaluating-impact", framework.scale().level("emerging"));
        Map<String, Level> twoAreasBehind = new LinkedHashMap<>(oneAreaBehind);
        twoAreasBehind.put("leadership", framework.scale().level("developing"));

        assertThat(framework.overallLevel(oneAreaBehind).key()).isEqualTo("established");
        assertThat(framework.overallLevel(twoAreasBehind).key()).isEqualTo("developing");
    }

    private Map<String, Level> allAreasAt(String level) {
        Map<String, Level> levels = new LinkedHashMap<>();
        framework.areas().forEach(area -> levels.put(area.key(), framework.scale().level(level)));
        return levels;
    }
}
