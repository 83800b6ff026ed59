package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trust CEO's year: two audits of a school a year apart compared area by area, the improvement
 * headline, and the audit's metrics on the trust comparison with no change in the core; and the
 * demo trust as the run command starts it, with two years of audits for every school.
 */
@ExtendWith(CanopyPlatform.class)
class CeosYearIT {

    @Test
    void twoAuditsAYearApartShowTheMovementTheHeadlineAndTheComparison(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "audit-ceo", 3, 2);
        String baseline = trust.startAudit(trust.previousYear);
        trust.runToPublished(baseline, AuditTrust.allAt("developing"));
        String current = trust.startAudit(trust.currentYear);
        Map<String, String> better = AuditTrust.allAt("established");
        better.put("systems-and-processes", "developing");
        better.put("evaluating-impact", "emerging");
        trust.runToPublished(current, better);

        trust.executive.get(trust.api + "/audits/" + baseline + "/year-on-year").expectProblem(404);
        JsonNode change = trust.executive.get(trust.api + "/audits/" + current + "/year-on-year").expectStatus(200).json();
        assertThat(change.path("previousAudit").asText()).isEqualTo(baseline);
        assertThat(change.path("areaMovements").path("leadership").asText()).isEqualTo("up");
        assertThat(change.path("areaMovements").path("systems-and-processes").asText()).isEqualTo("same");
        assertThat(change.path("areaMovements").path("evaluating-impact").asText()).isEqualTo("down");
        assertThat(change.path("overallMovement").asText()).as("4 of 6 areas established is not 5: overall stays developing")
                .isEqualTo("same");
        assertThat(change.path("previousPriorities")).extracting(p -> p.path("areaMovement").asText()).containsExactly("up", "down");

        JsonNode headline = trust.executive.get(trust.api + "/insights/improvement").expectStatus(200).json();
        assertThat(headline.path("improvedInAtLeastOneArea").path("count").asInt()).isEqualTo(1);
        assertThat(headline.path("improvedInAtLeastOneArea").path("outOf").asInt()).isEqualTo(1);
        assertThat(headline.path("improvedAnOverallLevel").path("count").asInt()).isZero();
        trust.lead().get(trust.api + "/insights/improvement").expectProblem(403);
        trust.executive.get(trust.api + "/insights/improvement?school=" + trust.secondSchool).expectStatus(200);
        trust.executive.get(trust.api + "/insights/improvement?school=" + java.util.UUID.randomUUID()).expectProblem(400);

        JsonNode comparison = trust.executive.get("/api/t/" + trust.slug + "/insights/comparison?year=" + trust.currentYear)
                .expectStatus(200).json();
        assertThat(comparison.path("metrics").findValuesAsText("id"))
                .contains("cpd-audit.overall-level", "cpd-audit.area-leadership", "cpd-audit.survey-response-rate",
                        "cpd-audit.priorities-on-track");
        assertThat(comparison.path("headlines").toString()).as("on the comparison, over the schools it shows")
                .contains("of 1 school audited more than once, 100% improved in at least one area and 0% improved their overall level");
        JsonNode secondaries = trust.executive.get("/api/t/" + trust.slug + "/insights/comparison?year=" + trust.currentYear
                + "&phase=secondary").expectStatus(200).json();
        assertThat(secondaries.path("headlines").toString()).contains("none of these schools has been audited more than once");
        JsonNode first = school(comparison, trust.firstSchool);
        assertThat(cell(comparison, first, "cpd-audit.overall-level").path("value").asInt()).as("developing is the second level").isEqualTo(2);
        assertThat(cell(comparison, first, "cpd-audit.area-leadership").path("value").asInt()).isEqualTo(3);
        assertThat(cell(comparison, first, "cpd-audit.survey-response-rate").path("value").asDouble()).isZero();
        assertThat(cell(comparison, school(comparison, trust.secondSchool), "cpd-audit.overall-level").path("value").isNumber())
                .as("a school with no audit has no data, never 0").isFalse();
    }

    @Test
    void theDemoTrustHasTwoYearsOfPublishedAudits(RunningPlatform platform) {
        String demo = "riverside-learning-trust";
        ApiClient ceo = platform.as("ceo@riverside-trust.example", List.of("trust-executive"), List.of(demo));
        JsonNode audits = ceo.get("/api/t/" + demo + "/m/cpd-audit/audits").expectStatus(200).json();
        List<String> years = new ArrayList<>(audits.findValuesAsText("academicYear").stream().distinct().sorted().toList());
        assertThat(years).hasSize(2);
        assertThat(audits.findValuesAsText("status")).contains("published");
        JsonNode lastYear = ceo.get("/api/t/" + demo + "/insights/comparison?year=" + years.get(0)).expectStatus(200).json();
        assertThat(lastYear.path("schools")).hasSize(7).allSatisfy(school ->
                assertThat(cell(lastYear, school, "cpd-audit.overall-level").path("value").isNumber()).isTrue());
        JsonNode thisYear = ceo.get("/api/t/" + demo + "/insights/comparison?year=" + years.get(1)).expectStatus(200).json();
        assertThat(thisYear.path("schools")).filteredOn(school -> !school.path("urn").asText().equals("148101")).hasSize(6)
                .allSatisfy(school -> assertThat(cell(thisYear, school, "cpd-audit.overall-level").path("value").isNumber()).isTrue());
        JsonNode headline = ceo.get("/api/t/" + demo + "/m/cpd-audit/insights/improvement").expectStatus(200).json();
        // 7 once the demo CPD lead has published Riverside Primary's audit (DemoCpdLeadsAuditIT, which may run first)
        assertThat(headline.path("improvedInAtLeastOneArea").path("outOf").asInt()).isBetween(6, 7);
        JsonNode survey = ceo.get("/api/t/" + demo + "/m/cpd-audit/audits/" + audits.get(0).path("id").asText() + "/survey")
                .expectStatus(200).json();
        assertThat(survey.path("respondents").asInt()).isPositive();
        survey.path("respondentsByGroup").fields().forEachRemaining(group ->
                assertThat(group.getValue().asInt()).as("no count for fewer than 5").isGreaterThanOrEqualTo(5));
        survey.path("meanAgreementByGroup").fieldNames().forEachRemaining(group ->
                assertThat(survey.path("withheldGroups").toString()).doesNotContain("\"" + group + "\""));
    }

    private static JsonNode school(JsonNode comparison, String schoolId) {
        for (JsonNode school : comparison.path("schools")) {
            if (school.path("id").asText().equals(schoolId)) {
                return school;
            }
        }
        throw new AssertionError("no school " + schoolId + " in " + comparison);
    }

    private static JsonNode cell(JsonNode comparison, JsonNode school, String metric) {
        return school.path("cells").path(metric);
    }
}
