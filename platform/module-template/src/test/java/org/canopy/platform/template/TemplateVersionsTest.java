package org.canopy.platform.template;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A module made from the template is built with what the platform provides, at the platform's versions. */
class TemplateVersionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"canopy-api.version", "pf4j.version", "jakarta-rest.version", "jte.version", "junit.version",
            "compiler-plugin.version", "resources-plugin.version", "surefire.version", "jar-plugin.version"})
    void theTemplatePinsThePlatformsVersion(String property) throws IOException {
        Matcher pinned = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(
                Files.readString(Path.of("template", "pom.xml")));

        assertThat(pinned.find()).as(property + " in template/pom.xml").isTrue();
        assertThat(pinned.group(1)).isEqualTo(System.getProperty(property));
    }
}
