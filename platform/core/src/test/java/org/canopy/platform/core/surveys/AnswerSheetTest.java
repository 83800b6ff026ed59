package org.canopy.platform.core.surveys;

import org.canopy.platform.api.StaffSurveys.Definition;
import org.canopy.platform.api.StaffSurveys.Item;
import org.canopy.platform.api.StaffSurveys.Refused;
import org.canopy.platform.api.StaffSurveys.Survey;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerSheetTest {

    private static final Survey SURVEY = new Survey(UUID.randomUUID(), UUID.randomUUID(), true, Optional.empty(),
            List.of(new Item("a", "one", "A", false), new Item("b", "one", "B", false), new Item("c", "two", "C", true)),
            Definition.AGREE_SCALE, List.of("teacher"), 5);

    @Test
    void answersGoInItemOrderWithSkipsAsNull() {
        assertThat(AnswerSheet.of(SURVEY, Map.of("c", 5, "a", 1))).containsExactly(1, null, 5);
    }

    @Test
    void anUnknownItemAnAnswerOffTheScaleOrNoAnswerAtAllIsRefused() {
        assertThatThrownBy(() -> AnswerSheet.of(SURVEY, Map.of("z", 3))).isInstanceOf(Refused.class).hasMessageContaining("'z'");
        assertThatThrownBy(() -> AnswerSheet.of(SURVEY, Map.of("a", 6))).isInstanceOf(Refused.class).hasMessageContaining("1 (Strongly disagree) to 5");
        assertThatThrownBy(() -> AnswerSheet.of(SURVEY, Map.of("a", 0))).isInstanceOf(Refused.class);
        Map<String, Integer> skipped = new HashMap<>();
        skipped.put("a", null);
        assertThatThrownBy(() -> AnswerSheet.of(SURVEY, skipped)).isInstanceOf(Refused.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> AnswerSheet.of(SURVEY, Map.of())).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Refused.Reason.INVALID);
            assertThat(refused.field()).isEqualTo("answers");
        });
    }
}
