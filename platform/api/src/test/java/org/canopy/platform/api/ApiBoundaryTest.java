package org.canopy.platform.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The plugin API stays small and clean: nothing of the core or of the server leaks into it. */
class ApiBoundaryTest {

    private final JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.canopy.platform.api");

    @Test
    void dependsOnlyOnTheJdkAndPf4j() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.canopy.platform.api..", "java..", "org.pf4j..")
                .check(api);
    }

    @Test
    void importsNothingFromCorePayaraEclipseLinkOrLiquibase() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.canopy.platform.core..", "fish.payara..", "org.eclipse.persistence..", "liquibase..",
                        "jakarta.persistence..", "org.glassfish..")
                .check(api);
    }
}
