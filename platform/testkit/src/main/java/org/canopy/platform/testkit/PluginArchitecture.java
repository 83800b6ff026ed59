package org.canopy.platform.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rule every plugin's tests apply: a plugin is built against the plugin API, never against the
 * core or the server underneath it. {@code PluginArchitecture.assertBuiltOnTheApiOnly("org.acme.myplugin")}.
 */
public final class PluginArchitecture {

    private PluginArchitecture() {
    }

    public static void assertBuiltOnTheApiOnly(String pluginPackage) {
        JavaClasses plugin = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pluginPackage);
        if (plugin.isEmpty()) {
            throw new AssertionError("no classes found in " + pluginPackage);
        }
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.canopy.platform.core..", "org.canopy.platform.launcher..",
                        "fish.payara..", "org.glassfish..", "org.eclipse.persistence..", "jakarta.persistence..",
                        "liquibase..", "jakarta.enterprise..", "jakarta.ejb..")
                .because("plugins depend on platform/api only (DESIGN.md, Plugins)")
                .check(plugin);
    }
}
