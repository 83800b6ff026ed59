package org.canopy.platform.core.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's reference data: the test module's file loaded from its jar at start-up, looked up by
 * date through the module's route, and replaced for lookups by the operator's newer version while
 * the rule a calculation recorded stays readable; bad or stale files write nothing; only the
 * operator loads.
 */
@ExtendWith(CanopyPlatform.class)
class ReferenceDataIT {

    private static final String MODULE = "test-module";
    private static final String OPERATOR_ROUTE = "/api/platform/modules/" + MODULE + "/reference-data";

    private static String rule(String key, String from, String to, int maxLength) {
        return "{\"ruleSet\": \"notes.length_limit\", \"key\": \"" + key + "\", \"effectiveFrom\": \"" + from + "\", \"effectiveTo\": "
                + (to == null ? "null" : "\"" + to + "\"") + ", \"payload\": {\"maxLength\": " + maxLength + "},"
                + " \"sourceUrl\": \"https://example.org/canopy/note-rules\"}";
    }

    @Test
    void theShippedFileIsLoadedAtStartAndTheOperatorsNewerVersionTakesOverForLookups(RunningPlatform platform) {
        String trust = platform.newTenant("reference", "trust");
        ApiClient executive = platform.member(trust, "trust-executive");
        executive.put("/api/t/" + trust + "/modules/" + MODULE, Map.of("enabled", true)).expectStatus(200);
        String limit = "/api/t/" + trust + "/m/" + MODULE + "/note-limit";
        ApiClient operator = platform.operator();

        JsonNode shipped = operator.get(OPERATOR_ROUTE).expectStatus(200).json();
        assertThat(shipped).extracting(r -> r.path("key").asText()).containsExactly("limit-2024", "limit-2025");
        assertThat(shipped).allSatisfy(r -> assertThat(r.path("version").asInt()).isEqualTo(1));
        assertThat(shipped.get(0).path("recordedBy").asText()).isEqualTo("Canopy maintainers");
        assertThat(shipped.get(0).path("sourceNote").asText()).startsWith("Made up for the test module");

        JsonNode autumn2025 = executive.get(limit + "?on=2025-10-01").expectStatus(200).json();
        assertThat(autumn2025.path("key").asText()).isEqualTo("limit-2025");
        assertThat(autumn2025.path("payload").asText()).isEqualTo("{\"maxLength\": 500}");
        assertThat(executive.get(limit + "?on=2025-08-31").expectStatus(200).json().path("key").asText())
                .as("the last day of the earlier rule").isEqualTo("limit-2024");
        executive.get(limit + "?on=2024-08-31").expectProblem(404);
        executive.get(limit + "?on=next-week").expectProblem(400);
        String recorded = autumn2025.path("ruleId").asText();

        String newer = "{\"version\": 2, \"rules\": [" + rule("limit-2025", "2025-09-01", "2026-08-31", 400) + ", "
                + rule("limit-2026", "2026-09-01", null, 450) + "]}";
        JsonNode loaded = operator.send("POST", OPERATOR_ROUTE, "application/json", newer).expectStatus(200).json();
        assertThat(loaded.path("version").asInt()).isEqualTo(2);
        assertThat(loaded.path("rules").asInt()).isEqualTo(2);

        JsonNode replaced = executive.get(limit + "?on=2025-10-01").expectStatus(200).json();
        assertThat(replaced.path("version").asInt()).isEqualTo(2);
        assertThat(replaced.path("payload").asText()).isEqualTo("{\"maxLength\": 400}");
        assertThat(replaced.path("ruleId").asText()).isNotEqualTo(recorded);
        assertThat(executive.get(limit + "?on=2026-09-01").json().path("key").asText()).isEqualTo("limit-2026");
        executive.get(limit + "?on=2025-08-31").expectProblem(404);
        JsonNode used = executive.get(limit + "/" + recorded).expectStatus(200).json();
        assertThat(used.path("version").asInt()).as("the rule a calculation recorded, as it was").isEqualTo(1);
        assertThat(used.path("payload").asText()).isEqualTo("{\"maxLength\": 500}");
        JsonNode current = operator.get(OPERATOR_ROUTE).json();
        assertThat(current).extracting(r -> r.path("key").asText()).containsExactly("limit-2025", "limit-2026");
        assertThat(current.get(0).path("recordedBy").asText()).as("the operator who loaded it").isNotBlank()
                .isNotEqualTo("Canopy maintainers");

        operator.send("POST", OPERATOR_ROUTE, "application/json", newer).expectProblem(409);
        String halfBad = "{\"version\": 3, \"rules\": [" + rule("limit-2027", "2027-09-01", null, 600) + ", "
                + rule("Bad Key", "2020-01-01", "2019-01-01", 1) + "]}";
        JsonNode problem = operator.send("POST", OPERATOR_ROUTE, "application/json", halfBad).expectProblem(400).json();
        assertThat(problem.path("errors").findValuesAsText("field")).contains("rules[1].key", "rules[1].effectiveTo");
        operator.send("POST", OPERATOR_ROUTE, "application/json", "not json").expectProblem(400);
        String staleBesideNew = "{\"version\": 2, \"rules\": [" + rule("limit-2027", "2027-09-01", null, 600) + ", "
                + "{\"ruleSet\": \"notes.brand_new\", \"key\": \"first\", \"effectiveFrom\": \"2020-01-01\", \"payload\": {},"
                + " \"sourceNote\": \"new\"}]}";
        operator.send("POST", OPERATOR_ROUTE, "application/json", staleBesideNew).expectProblem(409);
        assertThat(operator.get(OPERATOR_ROUTE).json()).as("nothing half-loaded")
                .extracting(r -> r.path("key").asText()).containsExactly("limit-2025", "limit-2026");
    }

    @Test
    void onlyThePlatformOperatorSeesOrLoadsReferenceData(RunningPlatform platform) {
        String trust = platform.newTenant("reference-other", "trust");
        ApiClient executive = platform.member(trust, "trust-executive");
        String newer = "{\"version\": 50, \"rules\": [" + rule("limit-2030", "2030-09-01", null, 1) + "]}";

        executive.get(OPERATOR_ROUTE).expectProblem(403);
        executive.send("POST", OPERATOR_ROUTE, "application/json", newer).expectProblem(403);
        platform.operator().get("/api/platform/modules/no-such-module/reference-data").expectProblem(404);
        platform.operator().send("POST", "/api/platform/modules/no-such-module/reference-data", "application/json", newer)
                .expectProblem(404);
        assertThat(platform.operator().get(OPERATOR_ROUTE).json().findValuesAsText("key")).doesNotContain("limit-2030");
    }
}
