package org.canopy.platform.api;

/**
 * The plugin API: the only artifact plugins compile against (with PF4J and the Jakarta REST API,
 * all {@code provided}). A plugin's {@code Plugin-Requires} manifest entry is a SemVer range
 * checked against {@link #VERSION}, e.g. {@code >=0.3.0 & <1.0.0}.
 */
public final class PluginApi {

    /** Semantic version of this API: a minor release adds, a major release breaks. */
    public static final String VERSION = "0.5.0";

    private PluginApi() {
    }
}
