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
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A school's Ofsted inspections over HTTP: old judgements and report cards, newest first, only in the school's own tenant. */
@ExtendWith(CanopyPlatform.class)
class InspectionApiIT {

    private RunningPlatform platform;
    private String tenant;
    private ApiClient executive;
    private String school;
    private String inspections;

    @BeforeEach
    void aSchoolOnceJudgedGood(RunningPlatform platform) {
        this.platform = platform;
        tenant = platform.newTenant("inspections", "trust");
        executive = platform.member(tenant, "trust-executive");
        school = "/api/t/" + tenant + "/schools/" + platform.newSchool(tenant, "149001", "primary").path("id").asText();
        inspections = school + "/inspections";
    }

    private static Map<String, Object> reportCard(String date) {
        return Map.of("date", date, "grades", grades(), "safeguarding", "met");
    }

    private static Map<String, Object> grades() {
        return new HashMap<>(Map.of("inclusion", "expected-standard", "curriculum-and-teaching", "strong-standard",
                "achievement", "needs-attention", "attendance-and-behaviour", "expected-standard",
                "personal-development-and-wellbeing", "expected-standard", "leadership-and-governance", "strong-standard",
                "early-years", "exceptional"));
    }

    @Test
    void recordsBothKindsAndShowsThemNewestFirstOnTheSchool() {
        executive.post(inspections, Map.of("date", "2022-03-09", "judgement", "requires-improvement")).expectStatus(201);
        ApiResponse card = executive.post(inspections, reportCard("2026-01-20")).expectStatus(201);
        assertThat(card.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(card.json().path("id").asText()));
        assertThat(card.json().path("kind").asText()).isEqualTo("report-card");

        JsonNode read = platform.member(tenant, "teacher").get(school).expectStatus(200).json();
        assertThat(read.path("inspections")).extracting(i -> i.path("date").asText("undated") + " " + i.path("kind").asText()
                        + " " + i.path("judgement").asText(""))
                .containsExactly("2026-01-20 report-card ", "2022-03-09 overall-judgement requires-improvement",
                        "undated overall-judgement good");
        JsonNode grades = read.path("inspections").get(0).path("grades");
        List<String> areas = new java.util.ArrayList<>();
        grades.fieldNames().forEachRemaining(areas::add);
        assertThat(areas).containsExactly("inclusion", "curriculum-and-teaching", "achievement", "attendance-and-behaviour",
                "personal-development-and-wellbeing", "early-years", "leadership-and-governance");
        assertThat(grades.path("early-years").asText()).isEqualTo("exceptional");
        assertThat(read.path("inspections").get(0).path("safeguarding").asText()).isEqualTo("met");
        assertThat(read.path("ofsted").asText()).as("deprecated: the latest judgement, never a report card").isEqualTo("requires-improvement");
        assertThat(executive.get("/api/t/" + tenant + "/audit").json())
                .anySatisfy(e -> assertThat(e.path("summary").asText()).contains("Ofsted report card 2026-01-20 of 149001"));
    }

    @Test
    void correctsAnInspectionWithItsETag() {
        ApiResponse created = executive.post(inspections, Map.of("date", "2019-05-14", "judgement", "good")).expectStatus(201);
        String url = inspections + "/" + created.json().path("id").asText();
        ApiResponse read = executive.get(url).expectStatus(200);
        assertThat(read.etag()).isEqualTo(created.etag());
        executive.withHeader("If-Match", read.etag()).put(url, Map.of("date", "2019-05-15", "judgement", "outstanding")).expectStatus(200);
        executive.withHeader("If-Match", read.etag()).put(url, Map.of("date", "2019-05-15", "judgement", "good")).expectProblem(412);
        assertThat(executive.get(url).json().path("judgement").asText()).isEqualTo("outstanding");
        assertThat(executive.get(school).json().path("ofsted").asText()).isEqualTo("outstanding");
    }

    @Test
    void badInputIsAProblemAndWritesNothing() {
        JsonNode problem = executive.post(inspections, Map.of("date", "2026-01-20", "judgement", "good",
                "grades", Map.of("inclusion", "good"), "safeguarding", "met")).expectProblem(400).json();
        assertThat(problem.path("errors")).extracting(e -> e.path("field").asText()).contains("judgement");
        Map<String, Object> grades = grades();
        grades.remove("inclusion");
        grades.put("quality-of-education", "good");
        assertThat(executive.post(inspections, Map.of("date", "2026-01-21", "grades", grades, "safeguarding", "met")).expectProblem(400).json().path("errors"))
                .extracting(e -> e.path("field").asText()).containsExactlyInAnyOrder("grades.inclusion", "grades.quality-of-education");
        executive.post(inspections, Map.of("date", "2024-10-01", "judgement", "good")).expectStatus(201);
        executive.post(inspections, Map.of("date", "2024-10-01", "judgement", "inadequate")).expectProblem(409);
        executive.post(inspections, Map.of("date", "2020-01-01", "judgement", "not-yet-inspected")).expectProblem(400);
        executive.post(inspections, "{\"date\": ").expectProblem(400);
        assertThat(executive.get(inspections).json()).extracting(i -> i.path("date").asText("undated")).containsExactly("2024-10-01", "undated");
    }

    @Test
    void onlyTrustAdministratorsRecordAndAnotherTenantSeesNothing() {
        String id = executive.post(inspections, reportCard("2026-02-02")).expectStatus(201).json().path("id").asText();
        platform.member(tenant, "headteacher").post(inspections, reportCard("2026-02-03")).expectProblem(403);
        platform.member(tenant, "trust-finance").get(inspections).expectStatus(200);

        String other = platform.newTenant("inspections-other", "trust");
        ApiClient stranger = platform.member(other, "trust-executive");
        String sameSchoolThere = "/api/t/" + other + school.substring(("/api/t/" + tenant).length());
        stranger.get(sameSchoolThere + "/inspections").expectProblem(404);
        stranger.get(sameSchoolThere + "/inspections/" + id).expectProblem(404);
        stranger.post(sameSchoolThere + "/inspections", reportCard("2026-02-04")).expectProblem(404);
        stranger.withHeader("If-Match", "\"0\"").put(sameSchoolThere + "/inspections/" + id, reportCard("2026-02-05")).expectProblem(404);
        stranger.get(inspections).expectProblem(404);
        assertThat(executive.get(inspections).json()).extracting(i -> i.path("date").asText("undated")).containsExactly("2026-02-02", "undated");
    }
}
