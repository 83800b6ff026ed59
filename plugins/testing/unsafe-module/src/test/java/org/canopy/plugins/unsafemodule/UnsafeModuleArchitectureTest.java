package org.canopy.plugins.unsafemodule;

import org.canopy.platform.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class UnsafeModuleArchitectureTest {

    @Test
    void isBuiltOnThePluginApiOnly() {
        PluginArchitecture.assertBuiltOnTheApiOnly("org.canopy.plugins.unsafemodule");
    }
}
