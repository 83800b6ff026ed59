package org.canopy.platform.api;

/**
 * The plugin API: the only artifact plugins compile against. The extension points (module routes,
 * schema, school metrics, tenant lifecycle) arrive with the plugin host; this release fixes its
 * version, which each plugin's {@code Plugin-Requires} is checked against.
 */
public final class PluginApi {

    /** Semantic version of this API. */
    public static final String VERSION = "0.1.0";

    private PluginApi() {
    }
}
