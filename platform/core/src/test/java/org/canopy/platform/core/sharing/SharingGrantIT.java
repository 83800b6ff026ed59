package org.canopy.platform.core.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A trust shares one school with a hub; the hub's expert adviser sees that school and nothing else. */
@ExtendWith(CanopyPlatform.class)
class SharingGrantIT {

    private RunningPlatform platform;
    private String trust;
    private String hub;
    private ApiClient executive;
    private ApiClient adviser;

    @BeforeEach
    void trustAndHub(RunningPlatform platform) {
        this.platform = platform;
        trust = platform.newTenant("sharing-trust", "trust");
        hub = platform.newTenant("sharing-hub", "hub");
        platform.newSchool(trust, "800001", "primary");
        platform.newSchool(trust, "800002", "secondary");
        executive = platform.member(trust, "trust-executive");
        adviser = platform.member(hub, "expert-adviser");
    }

    private Map<String, Object> grant(String urn) {
        return Map.of("hub", hub, "schoolUrn", urn, "module", "cpd-audit", "access", "read",
                "until", LocalDate.now().plusDays(30).toString());
    }

    @Test
    void anExpertAdviserSeesOnlyTheGrantedFocusSchool() {
        adviser.get("/api/t/" + hub + "/focus-schools").expectStatus(200);
        assertThat(adviser.get("/api/t/" + hub + "/focus-schools").json()).isEmpty();

        String id = executive.post("/api/t/" + trust + "/sharing-grants", grant("800001")).expectStatus(201).json().path("id").asText();
        JsonNode focus = adviser.get("/api/t/" + hub + "/focus-schools").expectStatus(200).json();
        assertThat(focus).extracting(s -> s.path("urn").asText() + " " + s.path("trust").asText() + " " + s.path("access").asText())
                .containsExactly("800001 " + trust + " read");
        adviser.get("/api/t/" + trust + "/schools").expectProblem(404);
        adviser.get("/api/t/" + hub + "/schools").expectStatus(200);
        assertThat(adviser.get("/api/t/" + hub + "/schools").json()).isEmpty();

        assertThat(executive.get("/api/t/" + trust + "/audit").json())
                .anySatisfy(e -> assertThat(e.path("action").asText() + " " + e.path("actor").asText())
                        .isEqualTo("GRANTED_ACCESS expert-adviser@" + hub));

        executive.delete("/api/t/" + trust + "/sharing-grants/" + id).expectStatus(204);
        assertThat(adviser.get("/api/t/" + hub + "/focus-schools").json()).isEmpty();
        executive.delete("/api/t/" + trust + "/sharing-grants/" + id).expectProblem(404);
    }

    @Test
    void aGrantIsForOneHubOnly() {
        executive.post("/api/t/" + trust + "/sharing-grants", grant("800002")).expectStatus(201);
        String otherHub = platform.newTenant("sharing-other-hub", "hub");
        assertThat(platform.member(otherHub, "expert-adviser").get("/api/t/" + otherHub + "/focus-schools").json()).isEmpty();
        platform.member(hub, "teacher").get("/api/t/" + hub + "/focus-schools").expectProblem(403);
    }

    @Test
    void onlyTheTrustsAdministratorsGrantAndTheInputMustMakeSense() {
        platform.member(trust, "headteacher").post("/api/t/" + trust + "/sharing-grants", grant("800001")).expectProblem(403);
        platform.member(hub, "trust-executive").post("/api/t/" + hub + "/sharing-grants", grant("800001")).expectProblem(403);
        JsonNode problem = executive.post("/api/t/" + trust + "/sharing-grants", Map.of("hub", trust, "schoolUrn", "999999",
                "module", "Bad Module", "access", "own", "until", "2001-01-01")).expectProblem(400).json();
        assertThat(problem.path("errors")).extracting(e -> e.path("field").asText())
                .contains("hub", "schoolUrn", "module", "access", "until");
        assertThat(executive.get("/api/t/" + trust + "/sharing-grants").json()).isEmpty();
    }

    @Test
    void anotherTrustCannotSeeOrRevokeTheGrants() {
        String id = executive.post("/api/t/" + trust + "/sharing-grants", grant("800001")).expectStatus(201).json().path("id").asText();
        String other = platform.newTenant("sharing-other-trust", "trust");
        ApiClient otherExecutive = platform.member(other, "trust-executive");
        otherExecutive.get("/api/t/" + trust + "/sharing-grants").expectProblem(404);
        otherExecutive.delete("/api/t/" + trust + "/sharing-grants/" + id).expectProblem(404);
        otherExecutive.delete("/api/t/" + other + "/sharing-grants/" + id).expectProblem(404);
        otherExecutive.delete("/api/t/" + other + "/sharing-grants/" + UUID.randomUUID()).expectProblem(404);
        assertThat(otherExecutive.get("/api/t/" + other + "/sharing-grants").json()).isEmpty();
        assertThat(adviser.get("/api/t/" + hub + "/focus-schools").json()).hasSize(1);
        adviser.get("/api/t/" + trust + "/focus-schools").expectProblem(404);
        List.of("/api/t/" + trust + "/sharing-grants", "/api/t/" + trust + "/focus-schools")
                .forEach(path -> adviser.get(path).expectProblem(404));
    }
}
