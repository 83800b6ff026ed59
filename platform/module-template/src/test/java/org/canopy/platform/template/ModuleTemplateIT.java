package org.canopy.platform.template;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's path, end to end: a module made from the template by {@code new-module.sh} in a
 * temporary directory, built there by Maven offline against the plugin API just built (installed
 * into a local repository of the build's own: nothing is installed into the machine's), copied into
 * a platform's plugins directory, and then seen working: its route, its metric on the trust
 * comparison and its console page.
 */
class ModuleTemplateIT {

    private static final String MODULE = "school-visits";

    private static RunningPlatform platform;
    private static WebDriver browser;

    @BeforeAll
    static void makeBuildAndInstallAModule() throws Exception {
        Path work = Files.createTempDirectory("module-template");
        long started = System.nanoTime();
        Path module = work.resolve(MODULE);
        run(work, work.resolve("generate.log"), "bash", Path.of("new-module.sh").toAbsolutePath().toString(),
                module.toString(), MODULE, "org.example.visits", "School visits", "org.example");
        Path repository = MavenRepository.withInstalledApi(work.resolve("repository"));
        Path settings = MavenRepository.readingTheMachinesCache(work.resolve("settings.xml"));
        long generated = System.nanoTime();
        run(module, work.resolve("build.log"), Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-o", "-s", settings.toString(), "-Dmaven.repo.local=" + repository,
                "-Daether.offline.protocols=file", "package");
        long built = System.nanoTime();
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        Files.copy(module.resolve("target").resolve(MODULE + "-0.1.0-SNAPSHOT.jar"), plugins.resolve(MODULE + ".jar"));
        platform = RunningPlatform.start(work.resolve("platform"), Path.of(System.getProperty("canopy.war")),
                Path.of(System.getProperty("canopy.payara.jar")), Path.of(System.getProperty("canopy.keycloak.zip")),
                Optional.empty(), Optional.of(plugins));
        System.out.printf("module template: generated in %d ms, built by Maven in %d ms, platform up in %d ms%n",
                Duration.ofNanos(generated - started).toMillis(), Duration.ofNanos(built - generated).toMillis(),
                Duration.ofNanos(System.nanoTime() - built).toMillis());
        browser = HeadlessChromium.start("1280,900");
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theGeneratedModuleLoadsAndShowsItsRouteMetricAndPage() {
        assertThat(platform.operator().get("/api/platform/plugins").expectStatus(200).json()).anySatisfy(plugin -> {
            assertThat(plugin.path("id").asText()).isEqualTo(MODULE);
            assertThat(plugin.path("state").asText()).isEqualTo("started");
            assertThat(plugin.path("title").asText()).isEqualTo("School visits");
        });
        String trust = platform.newTenant("template", "trust");
        ApiClient executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String school = platform.newSchool(trust, "700001", "primary").path("id").asText();
        platform.newSchool(trust, "700002", "secondary");
        String visits = "/api/t/" + trust + "/m/" + MODULE + "/visits";
        LocalDate today = LocalDate.now();

        executive.post(visits, Map.of("schoolId", school, "visitedOn", today.toString(), "purpose", "Learning walk"))
                .expectStatus(201);
        assertThat(executive.post(visits, Map.of("schoolId", school, "visitedOn", today.plusDays(1).toString(),
                "purpose", "Too soon")).expectProblem(400).json().path("detail").asText())
                .isEqualTo("The date of the visit must be today or in the past");
        assertThat(executive.get(visits).expectStatus(200).json())
                .singleElement().satisfies(visit -> assertThat(visit.path("purpose").asText()).isEqualTo("Learning walk"));

        JsonNode comparison = platform.member(trust, "governor")
                .get("/api/t/" + trust + "/insights/comparison?year=" + academicYear(today)).expectStatus(200).json();
        assertThat(comparison.path("metrics")).anySatisfy(metric ->
                assertThat(metric.path("id").asText()).isEqualTo(MODULE + ".visits"));
        assertThat(comparison.path("schools")).hasSize(2).anySatisfy(row -> {
            assertThat(row.path("id").asText()).isEqualTo(school);
            assertThat(row.path("cells").path(MODULE + ".visits").path("value").asInt()).isEqualTo(1);
        });

        String executiveName = "trust-executive@" + trust;
        browser.get(platform.baseUri() + "t/" + trust + "/m/" + MODULE + "/");
        HeadlessChromium.signIn(browser, executiveName);
        assertThat(HeadlessChromium.waitFor(browser, By.id("module-heading")).getText()).isEqualTo("Visits");
        assertThat(browser.findElement(By.id("visits")).getText()).contains("School 700001").contains("Learning walk");
    }

    /** The comparison's spelling of the academic year a date falls in: {@code 2025-26}. */
    private static String academicYear(LocalDate date) {
        int start = date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static void run(Path directory, Path log, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 10 minutes; see " + log);
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + Files.readString(log)).isZero();
    }
}
