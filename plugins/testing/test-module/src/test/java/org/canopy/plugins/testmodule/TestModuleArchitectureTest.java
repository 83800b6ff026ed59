package org.canopy.plugins.testmodule;

import org.canopy.platform.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class TestModuleArchitectureTest {

    @Test
    void isBuiltOnThePluginApiOnly() {
        PluginArchitecture.assertBuiltOnTheApiOnly("org.canopy.plugins.testmodule");
    }
}
