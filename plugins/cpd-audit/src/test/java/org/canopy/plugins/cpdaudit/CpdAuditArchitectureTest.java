package org.canopy.plugins.cpdaudit;

import org.canopy.platform.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class CpdAuditArchitectureTest {

    @Test
    void isBuiltOnThePluginApiOnly() {
        PluginArchitecture.assertBuiltOnTheApiOnly("org.canopy.plugins.cpdaudit");
    }
}
