package org.canopy.platform.core.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions of the WebJars the console serves, filtered in from the parent pom at build time. */
final class WebJars {

    static final String GOVUK_FRONTEND;
    static final String ECHARTS;

    static {
        Properties versions = new Properties();
        try (InputStream in = WebJars.class.getResourceAsStream("/console/webjars.properties")) {
            versions.load(in);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("console/webjars.properties is missing from the build", e));
        }
        GOVUK_FRONTEND = versions.getProperty("govuk-frontend");
        ECHARTS = versions.getProperty("echarts");
    }

    private WebJars() {
    }
}
