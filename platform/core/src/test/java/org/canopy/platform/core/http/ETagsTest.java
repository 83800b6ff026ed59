package org.canopy.platform.core.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ETagsTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void requiresAnIfMatchHeader(String ifMatch) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ETags.requireVersion(ifMatch));

        assertThat(e).isNotNull();
        assertThat(e.problem().status()).isEqualTo(428);
        assertThat(e.problem().type()).isEqualTo("urn:canopy:problem:if-match-required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" "})
    void readsTheVersionFromStrongWeakOrBareTags(String ifMatch) {
        assertThat(ETags.requireVersion(ifMatch)).isEqualTo(3L);
    }

    @Test
    void readsVersionsBeyondIntRange() {
        assertThat(ETags.requireVersion("\"5000000000\"")).isEqualTo(5_000_000_000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc\"", "*", "W/\"\""})
    void failsThePreconditionForATagThatNamesNoVersion(String ifMatch) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> ETags.requireVersion(ifMatch));

        assertThat(e).isNotNull();
        assertThat(e.problem().status()).isEqualTo(412);
    }
}
