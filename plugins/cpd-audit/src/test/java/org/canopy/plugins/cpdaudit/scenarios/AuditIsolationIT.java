package org.canopy.plugins.cpdaudit.scenarios;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the module, asked by another trust's leaders about this trust's audit: through their
 * own tenant (row-level security hides the rows) and through this tenant's address (they are not
 * members). Each answer is a 404, and nothing changes.
 */
@ExtendWith(CanopyPlatform.class)
class AuditIsolationIT {

    @Test
    void anotherTrustFindsNothingOnAnyRoute(RunningPlatform platform) {
        AuditTrust owner = new AuditTrust(platform, "audit-owner", 3, 2);
        AuditTrust other = new AuditTrust(platform, "audit-other", 1, 1);
        String audit = owner.startAudit(owner.previousYear);
        owner.runToPublished(audit, AuditTrust.allAt("developing"));
        String priority = owner.lead().get(owner.api + "/audits/" + audit).json().path("priorities").get(0).path("id").asText();
        String framework = owner.executive.get(owner.api + "/frameworks").expectStatus(200).json().get(0).path("id").asText();

        for (ApiClient stranger : List.of(other.executive, other.director())) {
            for (String api : List.of(other.api, owner.api)) {
                String a = api + "/audits/" + audit;
                stranger.get(a).expectProblem(404);
                stranger.get(a + "/survey").expectProblem(404);
                stranger.get(a + "/survey/links").expectProblem(404);
                stranger.get(a + "/report").expectProblem(404);
                stranger.get(a + "/report.pdf").expectProblem(404);
                stranger.get(a + "/year-on-year").expectProblem(404);
                stranger.post(a + "/steps", Map.of("step", "open-survey")).expectProblem(404);
                stranger.post(a + "/corrections", Map.of("reason", "mine now")).expectProblem(404);
                stranger.put(a + "/ratings/leadership-senior-role", Map.of("level", "exemplary")).expectProblem(404);
                stranger.put(a + "/judgements/leadership", Map.of("level", "exemplary", "rationale", "x")).expectProblem(404);
                stranger.put(a + "/priorities", List.of(Map.of("areaKey", "leadership", "title", "x"))).expectProblem(404);
                stranger.post(a + "/priorities/" + priority + "/actions",
                        Map.of("description", "x", "owner", "y", "due", "2027-01-01", "status", "red")).expectProblem(404);
                stranger.put(a + "/priorities/" + priority + "/actions/" + UUID.randomUUID(),
                        Map.of("description", "x", "owner", "y", "due", "2027-01-01", "status", "red")).expectProblem(404);
                stranger.get(api + "/frameworks/" + framework).expectProblem(404);
                stranger.send("PUT", api + "/frameworks/" + framework, "application/json", "{}").expectProblem(404);
                stranger.post(api + "/frameworks/" + framework + "/publication", Map.of()).expectProblem(404);
                stranger.post(api + "/frameworks/" + framework + "/copies", Map.of("key", "mine", "version", "1", "title", "Mine"))
                        .expectProblem(404);
                stranger.post(api + "/audits", Map.of("schoolId", owner.firstSchool, "academicYear", owner.currentYear))
                        .expectProblem(api.equals(owner.api) ? 404 : 400);
            }
            assertThat(stranger.get(other.api + "/audits").expectStatus(200).json()).isEmpty();
            assertThat(stranger.get(other.api + "/frameworks").expectStatus(200).json().findValuesAsText("id")).doesNotContain(framework);
            assertThat(stranger.get(other.api + "/insights/improvement").expectStatus(200).json()
                    .path("improvedInAtLeastOneArea").path("outOf").asInt()).isZero();
        }
        assertThat(owner.lead().get(owner.api + "/audits/" + audit).json().path("audit").path("status").asText()).isEqualTo("published");
        assertThat(owner.executive.get(owner.api + "/frameworks").json()).hasSize(1);
    }
}
