package org.canopy.platform.core.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.canopy.platform.core.console.ConsoleSection;
import org.canopy.platform.core.http.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core's shape (DESIGN.md, Layout): its packages by domain area depend on each other without a
 * cycle, and only the web edge speaks HTTP's error types; services raise the domain's refusals.
 */
class CoreArchitectureTest {

    private static final String CORE = "org.canopy.platform.core";

    private static final ArchRule ONLY_THE_EDGE_SPEAKS_HTTP = noClasses().that(DescribedPredicate.not(webEdge()))
            .should().dependOnClassesThat().belongToAnyOf(ProblemException.class, Response.class, WebApplicationException.class)
            .because("services throw the domain's refusals (common.Refusal); the edge answers them over HTTP");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(CORE);
    }

    @Test
    void thePackagesOfTheCoreDependOnEachOtherWithoutACycle() {
        slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void theCycleRuleFailsOnACycle() {
        JavaClasses cyclic = new ClassFileImporter().importPackages("org.canopy.platform.core.architecture.cyclic");
        assertThatThrownBy(() -> slices().matching("..cyclic.(*)..").should().beFreeOfCycles().check(cyclic))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
    }

    @Test
    void onlyTheWebEdgeDependsOnHttpErrorTypes() {
        ONLY_THE_EDGE_SPEAKS_HTTP.check(core);
    }

    @Test
    void theEdgeRuleFailsOnAServiceThrowingAnHttpException() {
        JavaClasses leaky = new ClassFileImporter().importPackages("org.canopy.platform.core.architecture.leaky");
        assertThatThrownBy(() -> ONLY_THE_EDGE_SPEAKS_HTTP.check(leaky))
                .isInstanceOf(AssertionError.class).hasMessageContaining("LeakyService");
    }

    /**
     * The web edge: the API's and console's own packages and the generated templates; JAX-RS
     * resources and providers; each area's console pages; servlets and filters; and the adapters of
     * a servlet request (classes that use the Servlet API). Nested classes belong where their outer
     * class does.
     */
    private static DescribedPredicate<JavaClass> webEdge() {
        return DescribedPredicate.describe("at the web edge", javaClass -> atTheEdge(outermost(javaClass)));
    }

    private static boolean atTheEdge(JavaClass javaClass) {
        return javaClass.getPackageName().startsWith(CORE + ".http")
                || javaClass.getPackageName().startsWith(CORE + ".console")
                || javaClass.getPackageName().startsWith(CORE + ".templates")
                || javaClass.isAnnotatedWith(Path.class)
                || javaClass.isAnnotatedWith(Provider.class)
                || javaClass.isAssignableTo(ConsoleSection.class)
                || javaClass.isAssignableTo(Servlet.class)
                || javaClass.isAssignableTo(Filter.class)
                || javaClass.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().getPackageName().startsWith("jakarta.servlet"));
    }

    private static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
