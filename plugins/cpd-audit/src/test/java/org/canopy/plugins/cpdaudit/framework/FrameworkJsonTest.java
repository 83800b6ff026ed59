package org.canopy.plugins.cpdaudit.framework;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class FrameworkJsonTest {

    private static final String TDT_STYLE = """
            {"key": "awards", "version": "2", "title": "Award levels",
             "levels": [{"key": "working-towards-bronze", "label": "Working towards bronze"},
                        {"key": "bronze", "label": "Bronze"}, {"key": "silver", "label": "Silver"}, {"key": "gold", "label": "Gold"}],
             "overall": {"rule": "level-reached-by-areas", "areas": 1},
             "areas": [{"key": "culture", "title": "Culture",
                        "criteria": [{"key": "sustained", "title": "Sustained CPD", "weight": 3,
                                      "descriptors": {"working-towards-bronze": "w", "bronze": "b", "silver": "s", "gold": "g"}}],
                        "surveyItems": [{"key": "culture-1", "statement": "I learn with colleagues."}]}]}
            """;

    private static Framework read(String json) {
        return FrameworkJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsLevelsInOrderAsRanks() {
        LevelScale scale = read(TDT_STYLE).scale();

        assertThat(scale.levels()).extracting(Level::rank, Level::key)
                .containsExactly(tuple(1, "working-towards-bronze"),
                        tuple(2, "bronze"),
                        tuple(3, "silver"),
                        tuple(4, "gold"));
    }

    @Test
    void readsAreasCriteriaAndSurveyItems() {
        Framework framework = read(TDT_STYLE);

        assertThat(framework.key()).isEqualTo("awards");
        assertThat(framework.version()).isEqualTo("2");
        assertThat(framework.overallRule()).isEqualTo(new LevelReachedByAreas(1));
        Area culture = framework.areas().get(0);
        assertThat(culture.criteria().get(0).weight()).isEqualTo(3);
        assertThat(culture.criteria().get(0).descriptors()).containsEntry("silver", "s");
        assertThat(culture.surveyItems()).containsExactly(new SurveyItem("culture-1", "I learn with colleagues."));
    }

    @Test
    void readsTheMeanOfAreasRule() {
        String json = TDT_STYLE.replace("{\"rule\": \"level-reached-by-areas\", \"areas\": 1}", "{\"rule\": \"mean-of-areas\"}");

        assertThat(read(json).overallRule()).isEqualTo(new MeanOfAreas());
    }

    @Test
    void anUnknownOverallRuleIsNamed() {
        String json = TDT_STYLE.replace("level-reached-by-areas", "best-area");

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("the overall rule 'best-area' is unknown");
    }

    @Test
    void aMissingFieldIsNamedWithWhereItIsMissing() {
        String json = TDT_STYLE.replace("\"criteria\"", "\"criterion\"");

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("invalid framework: area 'culture' needs 'criteria' as a list of objects");
    }

    @Test
    void aFractionalWeightIsRefused() {
        String json = TDT_STYLE.replace("\"weight\": 3", "\"weight\": 2.5");

        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidFrameworkException.class)
                .hasMessage("invalid framework: criterion 'sustained' needs 'weight' as a whole number");
    }

    @Test
    void malformedJsonIsAnInvalidFramework() {
        assertThatThrownBy(() -> read("{\"key\": ")).isInstanceOf(InvalidFrameworkException.class)
                .hasMessageContaining("not a JSON object");
    }

    @Test
    void everyRuleBrokenIsReportedAtOnce() {
        String json = TDT_STYLE.replace("\"weight\": 3", "\"weight\": 5").replace("\"gold\": \"g\"", "\"platinum\": \"p\"");

        InvalidFrameworkException invalid = catchThrowableOfType(InvalidFrameworkException.class, () -> read(json));

        assertThat(invalid.problems()).containsExactly(
                "criterion 'sustained' has weight 5; a weight is 1, 2 or 3",
                "criterion 'sustained' has no descriptor for level 'gold'",
                "criterion 'sustained' describes level 'platinum', which is not on the scale");
    }
}
