package org.canopy.plugins.cpdaudit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ShareTest {

    @Test
    void percentIsCountOverOutOf() {
        assertThat(new Share(10, 17).percent().getAsDouble()).isCloseTo(58.82, within(0.01));
    }

    @Test
    void nothingCountedHasNoPercent() {
        assertThat(new Share(0, 0).percent()).isEmpty();
    }

    @Test
    void countCannotExceedWhatItIsOutOf() {
        assertThatThrownBy(() -> new Share(3, 2)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 of 2");
    }
}
