package org.canopy.platform.core.schools;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class SchoolApiIT {

    private RunningPlatform platform;
    private String tenant;
    private ApiClient executive;
    private String schools;

    @BeforeEach
    void newTrust(RunningPlatform platform) {
        this.platform = platform;
        tenant = platform.newTenant("schools", "trust");
        executive = platform.member(tenant, "trust-executive");
        schools = "/api/t/" + tenant + "/schools";
    }

    private static Map<String, Object> school(String urn) {
        Map<String, Object> school = new HashMap<>(Map.of("urn", urn, "name", "Moorfield Primary", "phase", "primary",
                "localAuthority", "Bradford", "region", "yorkshire-and-the-humber", "pupils", 238,
                "fsmPercent", 44.2, "ofsted", "requires-improvement", "joinedOn", "2019-04-01"));
        return school;
    }

    @Test
    void createsReadsAndListsSchoolsWithAnETag() {
        ApiResponse created = executive.post(schools, school("148102")).expectStatus(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(created.json().path("id").asText()));
        ApiResponse read = platform.member(tenant, "teacher").get(schools + "/" + created.json().path("id").asText()).expectStatus(200);
        assertThat(read.json().path("phase").asText()).isEqualTo("primary");
        assertThat(read.json().path("ofsted").asText()).isEqualTo("requires-improvement");
        assertThat(read.json().path("fsmPercent").decimalValue()).isEqualByComparingTo("44.2");
        assertThat(read.etag()).isEqualTo(created.etag());

        executive.post(schools, withField(school("148103"), "phase", "secondary")).expectStatus(201);
        JsonNode primaries = executive.get(schools + "?phase=primary").expectStatus(200).json();
        assertThat(primaries).extracting(n -> n.path("urn").asText()).containsExactly("148102");
        executive.get(schools + "?phase=grammar").expectProblem(400);
    }

    @Test
    void updatesOnlyWithTheCurrentETag() {
        ApiResponse created = executive.post(schools, school("148104")).expectStatus(201);
        String url = schools + "/" + created.json().path("id").asText();

        ApiResponse updated = executive.withHeader("If-Match", created.etag()).put(url, withField(school("148104"), "pupils", 250))
                .expectStatus(200);
        assertThat(updated.json().path("pupils").asInt()).isEqualTo(250);
        assertThat(updated.etag()).isNotEqualTo(created.etag());

        executive.withHeader("If-Match", created.etag()).put(url, withField(school("148104"), "pupils", 999)).expectProblem(412);
        executive.put(url, withField(school("148104"), "pupils", 999)).expectProblem(428);
        assertThat(executive.get(url).json().path("pupils").asInt()).isEqualTo(250);
    }

    @Test
    void deletesASchoolOnlyWhenNoStaffBelongToIt() {
        ApiResponse created = executive.post(schools, school("148105")).expectStatus(201);
        String url = schools + "/" + created.json().path("id").asText();
        executive.post("/api/t/" + tenant + "/staff", Map.of("name", "Ada Lovelace", "schoolUrn", "148105",
                "staffGroup", "teacher", "fte", 1.0, "startedOn", "2020-09-01")).expectStatus(201);

        executive.withHeader("If-Match", created.etag()).delete(url).expectProblem(409);
        assertThat(executive.get(url).status()).isEqualTo(200);

        ApiResponse other = executive.post(schools, school("148106")).expectStatus(201);
        String otherUrl = schools + "/" + other.json().path("id").asText();
        executive.withHeader("If-Match", other.etag()).delete(otherUrl).expectStatus(204);
        executive.get(otherUrl).expectProblem(404);
    }

    @Test
    void rejectsBadInputWithProblemDetailsAndWritesNothing() {
        executive.post(schools, "{\"urn\": \"148107\", \"name\": ").expectProblem(400);
        executive.post(schools, withField(school("148107"), "pupils", "many")).expectProblem(400);
        executive.post(schools, "[1, 2]").expectProblem(400);

        JsonNode missing = executive.post(schools, Map.of("name", "Nameless")).expectProblem(400).json();
        assertThat(missing.path("errors")).extracting(e -> e.path("field").asText())
                .contains("urn", "phase", "localAuthority", "region", "pupils", "joinedOn");

        for (String badUrn : new String[] {"12345", "1234567", "abcdef", "14810 "}) {
            JsonNode problem = executive.post(schools, school(badUrn)).expectProblem(400).json();
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("urn");
        }
        executive.post(schools, withField(school("148108"), "name", "x".repeat(201))).expectProblem(400);
        executive.post(schools, withField(school("148108"), "phase", "grammar")).expectProblem(400);
        executive.post(schools, withField(school("148108"), "fsmPercent", 120)).expectProblem(400);
        executive.post(schools, withField(school("148108"), "leftOn", "2019-01-01")).expectProblem(400);
        executive.send("POST", schools, "text/plain", "urn=148108").expectProblem(415);
        executive.post(schools, withField(school("148108"), "pupils", 4294967596L)).expectProblem(400);
        executive.post(schools, withField(school("148108"), "joinedOn", "+999999999-01-01")).expectProblem(400);
        executive.post(schools, withField(school("148108"), "name", "Nul\u0000School")).expectProblem(400);

        assertThat(executive.get(schools).json()).isEmpty();
        assertThat(executive.get("/api/t/" + tenant + "/audit").json())
                .noneMatch(e -> e.path("entityType").asText().equals("school"));
    }

    @Test
    void refusesADuplicateUrnWithinTheTenant() {
        executive.post(schools, school("148109")).expectStatus(201);
        executive.post(schools, withField(school("148109"), "name", "Copy")).expectProblem(409);
        assertThat(executive.get(schools).json()).hasSize(1);
    }

    @Test
    void onlyTrustAdministratorsChangeSchools() {
        platform.member(tenant, "teacher").post(schools, school("148110")).expectProblem(403);
        platform.member(tenant, "governor").post(schools, school("148110")).expectProblem(403);
        platform.member(tenant, "trust-cpd-director").post(schools, school("148110")).expectStatus(201);
    }

    @Test
    void recordsEveryChangeInTheAuditLog() {
        ApiResponse created = executive.post(schools, school("148111")).expectStatus(201);
        executive.withHeader("If-Match", created.etag())
                .put(schools + "/" + created.json().path("id").asText(), withField(school("148111"), "pupils", 300))
                .expectStatus(200);
        JsonNode audit = executive.get("/api/t/" + tenant + "/audit").expectStatus(200).json();
        assertThat(audit).filteredOn(e -> e.path("entityType").asText().equals("school"))
                .extracting(e -> e.path("action").asText() + " by " + e.path("actor").asText())
                .containsExactly("UPDATE by trust-executive@" + tenant, "CREATE by trust-executive@" + tenant);
    }

    private static Map<String, Object> withField(Map<String, Object> school, String field, Object value) {
        school.put(field, value);
        return school;
    }
}
