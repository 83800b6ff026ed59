package org.canopy.platform.core.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin host with the test module installed beside an incompatible module, a module that
 * leaves a tenant table unprotected, and a file that is not a jar (see platform/core/pom.xml).
 */
@ExtendWith(CanopyPlatform.class)
class PluginHostIT {

    private static final String MODULE = "test-module";

    private RunningPlatform platform;
    private String trust;
    private ApiClient executive;
    private String notes;

    @BeforeEach
    void trustWithTheModuleEnabled(RunningPlatform platform) {
        this.platform = platform;
        trust = platform.newTenant("plugins", "trust");
        executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        notes = "/api/t/" + trust + "/m/" + MODULE + "/notes";
    }

    @Test
    void listsInstalledPluginsWithTheirStateAndWhyOthersWereSkipped() {
        JsonNode plugins = platform.operator().get("/api/platform/plugins").expectStatus(200).json();
        assertThat(plugins).anySatisfy(p -> {
            assertThat(p.path("id").asText()).isEqualTo(MODULE);
            assertThat(p.path("state").asText()).isEqualTo("started");
            assertThat(p.path("title").asText()).isEqualTo("Test module");
        });
        assertThat(plugins).anySatisfy(p -> {
            assertThat(p.path("id").asText()).isEqualTo("incompatible-module");
            assertThat(p.path("state").asText()).isEqualTo("incompatible");
            assertThat(p.path("error").asText()).contains(">=99.0.0");
        });
        assertThat(plugins).anySatisfy(p -> {
            assertThat(p.path("id").asText()).isEqualTo("unsafe-module");
            assertThat(p.path("state").asText()).isEqualTo("failed");
            assertThat(p.path("error").asText()).contains("row-level security").contains("secret");
        });
        assertThat(plugins).anySatisfy(p -> {
            assertThat(p.path("file").asText()).isEqualTo("broken-module.jar");
            assertThat(p.path("state").asText()).isEqualTo("failed");
        });
        platform.anonymous().get("/health/ready").expectStatus(200);
        platform.member(trust, "trust-executive").get("/api/platform/plugins").expectProblem(403);
    }

    @Test
    void enablingSeedsTheModuleAndItsRoutesServeOnlyThatTenant() {
        JsonNode seeded = executive.get(notes).expectStatus(200).json();
        assertThat(seeded).extracting(n -> n.path("text").asText()).containsExactly("Welcome to the test module");

        String other = platform.newTenant("plugins-other", "trust");
        ApiClient otherExecutive = platform.member(other, "trust-executive");
        String otherNotes = "/api/t/" + other + "/m/" + MODULE + "/notes";
        otherExecutive.get(otherNotes).expectProblem(404);
        assertThat(otherExecutive.get("/api/t/" + other + "/modules").json())
                .anySatisfy(m -> assertThat(m.path("id").asText() + m.path("enabled").asBoolean()).isEqualTo(MODULE + "false"));

        otherExecutive.put("/api/t/" + other + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        executive.post(notes, Map.of("text", "only for " + trust)).expectStatus(201);
        // the module's query has no tenant filter: row-level security alone keeps the first trust's note out
        assertThat(otherExecutive.get(otherNotes).json()).extracting(n -> n.path("text").asText())
                .containsExactly("Welcome to the test module");
        executive.get(otherNotes).expectProblem(404);
        executive.post(otherNotes, Map.of("text", "intrusion")).expectProblem(404);
        assertThat(otherExecutive.get(otherNotes).json()).hasSize(1);
    }

    @Test
    void disablingHidesTheRoutesAndKeepsTheData() {
        executive.post(notes, Map.of("text", "kept")).expectStatus(201);
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", false)).expectStatus(200);
        executive.get(notes).expectProblem(404);
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        assertThat(executive.get(notes).json()).extracting(n -> n.path("text").asText())
                .containsExactly("Welcome to the test module", "kept");
    }

    @Test
    void onlyTrustAdministratorsEnableModulesAndOnlyInstalledOnes() {
        platform.member(trust, "teacher").put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", false))
                .expectProblem(403);
        executive.put("/api/t/" + trust + "/modules/unsafe-module", Map.of("enabled", true)).expectProblem(404);
        executive.put("/api/t/" + trust + "/modules/no-such-module", Map.of("enabled", true)).expectProblem(404);
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of()).expectProblem(400);
        platform.member(trust, "governor").get(notes).expectProblem(404);
    }

    @Test
    void aFailingRouteFailsOnlyItsOwnRequest() {
        JsonNode problem = executive.get("/api/t/" + trust + "/m/" + MODULE + "/boom").expectProblem(500).json();
        assertThat(problem.path("id").asText()).isNotBlank();
        executive.get(notes).expectStatus(200);
        platform.anonymous().get("/health/ready").expectStatus(200);
    }

    @Test
    void aModuleCannotChooseItsTenantAndItsTransactionsAreAtomic() {
        executive.get("/api/t/" + trust + "/m/" + MODULE + "/switch-tenant").expectProblem(500);
        // the second insert is too long for the column: a 400, and the first insert is rolled back with it
        executive.post("/api/t/" + trust + "/m/" + MODULE + "/notes/pair-that-fails", Map.of()).expectProblem(400);
        assertThat(executive.get(notes).json()).extracting(n -> n.path("text").asText())
                .containsExactly("Welcome to the test module");
        executive.post(notes, Map.of("text", "")).expectProblem(400);
        executive.post(notes, "{\"text\":").expectProblem(400);
        assertThat(executive.get(notes).json()).hasSize(1);
    }

    @Test
    void theModulesContextNamesTheTenantAndCaller() {
        JsonNode whoami = platform.member(trust, "cpd-lead").get("/api/t/" + trust + "/m/" + MODULE + "/whoami")
                .expectStatus(200).json();
        assertThat(whoami.path("tenant").asText()).isEqualTo(trust);
        assertThat(whoami.path("kind").asText()).isEqualTo("TRUST");
        assertThat(whoami.path("caller").asText()).isEqualTo("cpd-lead@" + trust);
    }

    @Test
    void theModuleSeesTheCallersRolesWithTheirSchoolsAndTheStaffInPost() {
        String first = platform.newSchool(trust, "600011", "primary").path("id").asText();
        platform.newSchool(trust, "600012", "secondary");
        String base = "/api/t/" + trust;
        executive.post(base + "/role-assignments", Map.of("subject", "head@" + trust, "name", "Hana Head", "role", "headteacher",
                "schoolUrn", "600011")).expectStatus(201);
        executive.post(base + "/staff", Map.of("name", "Ann Alder", "staffGroup", "teacher", "fte", 1.0, "startedOn", "2021-09-01",
                "schoolUrn", "600012")).expectStatus(201);
        executive.post(base + "/staff", Map.of("name", "Cat Cedar", "staffGroup", "admin-support", "fte", 0.5, "startedOn", "2022-01-04"))
                .expectStatus(201);
        executive.post(base + "/staff", Map.of("name", "Len Left", "staffGroup", "teacher", "fte", 1.0, "startedOn", "2019-09-01",
                "leftOn", LocalDate.now().minusDays(1).toString(), "schoolUrn", "600011")).expectStatus(201);

        JsonNode head = platform.accountOnly("head@" + trust, List.of("headteacher"), List.of(trust))
                .get(base + "/m/" + MODULE + "/whoami").expectStatus(200).json();
        assertThat(head.path("scopes")).singleElement().satisfies(scope -> {
            assertThat(scope.path("role").asText()).isEqualTo("headteacher");
            assertThat(scope.path("school").asText()).isEqualTo(first);
        });
        assertThat(head.path("staff")).extracting(JsonNode::asText).containsExactly("Ann Alder", "Cat Cedar");

        JsonNode ceo = executive.get(base + "/m/" + MODULE + "/whoami").expectStatus(200).json();
        assertThat(ceo.path("scopes")).singleElement().satisfies(scope -> {
            assertThat(scope.path("role").asText()).isEqualTo("trust-executive");
            assertThat(scope.path("school").asText()).isEqualTo("whole-tenant");
        });
    }

    @Test
    void schoolMetricsOfEnabledModulesAppearWithoutCoreChanges() {
        String school = platform.newSchool(trust, "600001", "primary").path("id").asText();
        platform.newSchool(trust, "600002", "secondary");
        executive.post(notes, Map.of("text", "visit 1", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "visit 2", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "a learning walk", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "trust-wide INSET")).expectStatus(201);
        String year = currentYear();

        JsonNode view = platform.member(trust, "governor").get("/api/t/" + trust + "/insights/comparison?year=" + year)
                .expectStatus(200).json();
        assertThat(view.path("metrics")).anySatisfy(m -> {
            assertThat(m.path("id").asText()).isEqualTo(MODULE + ".notes");
            assertThat(m.path("better").asText()).isEqualTo("higher-is-better");
        });
        assertThat(view.path("schools")).hasSize(2).allSatisfy(row -> {
            JsonNode notesCell = row.path("cells").path(MODULE + ".notes");
            if (row.path("id").asText().equals(school)) {
                assertThat(notesCell.path("value").asInt()).isEqualTo(3);
            } else {
                assertThat(notesCell.path("value").isNull()).as("no data, never 0").isTrue();
                assertThat(notesCell.path("position").asText()).isEqualTo("none");
            }
        });
        assertThat(view.path("failures")).isEmpty();
        assertThat(view.path("headlines").get(0).asText()).as("the module's finding over the schools shown")
                .isEqualTo("Notes: 3 written for these 2 schools.");

        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", false)).expectStatus(200);
        assertThat(executive.get("/api/t/" + trust + "/insights/comparison?year=" + year).json().path("metrics")).isEmpty();
        executive.get("/api/t/" + trust + "/insights/comparison?year=next").expectProblem(400);
    }

    @Test
    void aMetricWithoutABetterDirectionIsShownButNeverRated() {
        String school = platform.newSchool(trust, "600003", "primary").path("id").asText();
        String other = platform.newSchool(trust, "600004", "primary").path("id").asText();
        executive.post(notes, Map.of("text", "visit 1", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "lesson study", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "coaching cycle review", "schoolId", other)).expectStatus(201);

        JsonNode view = executive.get("/api/t/" + trust + "/insights/comparison?year=" + currentYear()).expectStatus(200).json();

        String length = MODULE + ".note-length";
        assertThat(view.path("metrics")).anySatisfy(m -> {
            assertThat(m.path("id").asText()).isEqualTo(length);
            assertThat(m.path("better").asText()).isEqualTo("none");
            assertThat(m.path("median").decimalValue()).as("(7 + 12) / 2 = 9.5 and 21").isEqualByComparingTo("15.25");
        });
        assertThat(view.path("schools")).allSatisfy(row -> {
            JsonNode cell = row.path("cells").path(length);
            assertThat(cell.path("position").asText()).isEqualTo("unrated");
            assertThat(cell.path("improved").asBoolean()).isFalse();
        });
        assertThat(view.path("schools")).anySatisfy(row -> assertThat(row.path("cells").path(MODULE + ".notes")
                .path("position").asText()).as("the module's other metrics are still rated").isEqualTo("green"));
    }

    @Test
    void theTrustsOwnMetricIsOnTheCentralRowOutsideTheSchools() {
        String school = platform.newSchool(trust, "600005", "primary").path("id").asText();
        executive.post(notes, Map.of("text", "for one school", "schoolId", school)).expectStatus(201);
        executive.post(notes, Map.of("text", "trust-wide INSET")).expectStatus(201);

        JsonNode view = executive.get("/api/t/" + trust + "/insights/comparison?year=" + currentYear()).expectStatus(200).json();

        String central = MODULE + ".central-notes";
        JsonNode row = view.path("central");
        assertThat(row.path("name").asText()).isEqualTo("Trust (central)");
        assertThat(row.path("metrics")).singleElement().satisfies(m -> {
            assertThat(m.path("id").asText()).isEqualTo(central);
            assertThat(m.path("median").isNumber()).as("a trust has no median of its own").isFalse();
        });
        assertThat(row.path("cells").path(central).path("value").asInt()).as("the welcome note and the INSET note").isEqualTo(2);
        assertThat(row.path("cells").path(central).path("position").asText()).isEqualTo("unrated");
        assertThat(view.path("metrics")).noneSatisfy(m -> assertThat(m.path("id").asText()).isEqualTo(central));
        assertThat(view.path("schools")).singleElement().satisfies(schoolRow -> {
            assertThat(schoolRow.path("cells").has(central)).isFalse();
            assertThat(schoolRow.path("cells").path(MODULE + ".notes").path("value").asInt()).isEqualTo(1);
        });
    }

    @Test
    void moduleRoutesOfAnotherTenantAreNotFound() {
        String other = platform.newTenant("plugins-foreign", "trust");
        platform.member(other, "trust-executive").put("/api/t/" + other + "/modules/" + MODULE, Map.of("enabled", true))
                .expectStatus(200);
        List<ApiResponse> responses = List.of(
                executive.get("/api/t/" + other + "/m/" + MODULE + "/notes"),
                executive.get("/api/t/" + other + "/m/" + MODULE + "/whoami"),
                executive.get("/api/t/" + other + "/modules"),
                executive.put("/api/t/" + other + "/modules/" + MODULE, Map.of("enabled", false)),
                executive.get("/api/t/" + other + "/insights/comparison?year=" + currentYear()));
        responses.forEach(response -> response.expectProblem(404));
        platform.member(other, "trust-executive").get("/api/t/" + other + "/m/" + MODULE + "/notes").expectStatus(200);
    }

    private static String currentYear() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }
}
