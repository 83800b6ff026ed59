package org.canopy.platform.core.common;

import org.canopy.platform.core.schools.Phase;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    @Test
    void parsesSixteenPlusBySpecialCode() {
        assertThat(Codes.parse(Phase.class, "16-plus")).contains(Phase.SIXTEEN_PLUS);
    }

    @Test
    void parsesHyphenatedCode() {
        assertThat(Codes.parse(Phase.class, "all-through")).contains(Phase.ALL_THROUGH);
        assertThat(Codes.parse(Phase.class, "alternative-provision")).contains(Phase.ALTERNATIVE_PROVISION);
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertThat(Codes.parse(Phase.class, "  primary ")).contains(Phase.PRIMARY);
    }

    @Test
    void doesNotParseJavaNamesOrUnknownCodes() {
        assertThat(Codes.parse(Phase.class, "SIXTEEN_PLUS")).isEmpty();
        assertThat(Codes.parse(Phase.class, "sixteen-plus")).isEmpty();
        assertThat(Codes.parse(Phase.class, "all_through")).isEmpty();
        assertThat(Codes.parse(Phase.class, "Primary")).isEmpty();
        assertThat(Codes.parse(Phase.class, "")).isEmpty();
        assertThat(Codes.parse(Phase.class, null)).isEmpty();
    }

    @Test
    void everyPhaseParsesFromItsOwnCode() {
        assertThat(Arrays.stream(Phase.values()).map(phase -> Codes.parse(Phase.class, phase.code()).orElseThrow()))
                .containsExactly(Phase.values());
    }

    @Test
    void listsTheAllowedCodesInOrder() {
        assertThat(Codes.allowed(Phase.class)).isEqualTo("must be one of nursery, primary, middle, secondary, "
                + "all-through, special, alternative-provision, 16-plus");
    }

    @Test
    void kebabLowerCasesAndHyphenates() {
        assertThat(Codes.kebab(Phase.ALL_THROUGH)).isEqualTo("all-through");
        assertThat(Phase.ALL_THROUGH.code()).isEqualTo("all-through");
        assertThat(Phase.SIXTEEN_PLUS.code()).isEqualTo("16-plus");
    }

    @Test
    void fieldErrorsNameTheFieldOfAnUnknownCode() {
        FieldErrors errors = new FieldErrors();

        assertThat(errors.code("phase", Phase.class, "infant")).isNull();
        assertThat(errors.code("phase", Phase.class, "16-plus")).isEqualTo(Phase.SIXTEEN_PLUS);
        assertThat(errors.code("phase", Phase.class, " ")).isNull();

        assertThat(errors.list()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("phase");
            assertThat(error.message()).contains("16-plus");
        });
    }
}
