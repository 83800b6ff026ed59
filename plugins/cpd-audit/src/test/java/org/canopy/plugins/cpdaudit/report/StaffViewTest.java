package org.canopy.plugins.cpdaudit.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.SCALE;

class StaffViewTest {

    @Test
    void theEndsOfTheLikertScaleAreTheEndsOfTheLevelScale() {
        assertThat(StaffView.levelOf(SCALE, 1.0).key()).isEqualTo("emerging");
        assertThat(StaffView.levelOf(SCALE, 5.0).key()).isEqualTo("exemplary");
    }

    @Test
    void fourLevelsSplitOneToFiveAtThirdsAndAMeanExactlyBetweenTakesTheLowerLevel() {
        // 4 levels over 1..5: level positions at 1, 2.33, 3.67, 5; half-way points at 1.67, 3 and 4.33
        assertThat(StaffView.levelOf(SCALE, 1.66).key()).isEqualTo("emerging");
        assertThat(StaffView.levelOf(SCALE, 1.67).key()).isEqualTo("developing");
        assertThat(StaffView.levelOf(SCALE, 3.0).key()).as("exactly between developing and established").isEqualTo("developing");
        assertThat(StaffView.levelOf(SCALE, 3.01).key()).isEqualTo("established");
        assertThat(StaffView.levelOf(SCALE, 4.4).key()).isEqualTo("exemplary");
    }

    @Test
    void aMeanOutsideOneToFiveIsAMistake() {
        assertThatThrownBy(() -> StaffView.levelOf(SCALE, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StaffView.levelOf(SCALE, 5.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
