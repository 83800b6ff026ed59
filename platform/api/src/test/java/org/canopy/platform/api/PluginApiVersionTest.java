package org.canopy.platform.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The version the host announces to plugins is the version the API artifact is published under. */
class PluginApiVersionTest {

    @Test
    void isTheArtifactsVersion() {
        assertThat(PluginApi.VERSION).isEqualTo(System.getProperty("canopy.api.version"))
                .matches("\\d+\\.\\d+\\.\\d+");
    }
}
