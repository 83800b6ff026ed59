package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub's expert adviser moderates the audit of a focus school its trust granted with contribute
 * access, through the hub's own address; an adviser granted read access reads the report and
 * moderates nothing; the trust's other school stays out of reach.
 */
@ExtendWith(CanopyPlatform.class)
class HubAdviserModeratesIT {

    @Test
    void aGrantedAdviserModeratesTheFocusSchoolsAuditAndAReaderOnlyReads(RunningPlatform platform) {
        AuditTrust trust = new AuditTrust(platform, "audit-focus", 3, 2);
        String audit = trust.startAudit(trust.currentYear);
        trust.readyForModeration(audit, AuditTrust.allAt("developing"));
        String urn = trust.urnOf(trust.firstSchool);
        String coachingHub = platform.newTenant("audit-coach-hub", "hub");
        String readingHub = platform.newTenant("audit-read-hub", "hub");
        grant(trust, coachingHub, urn, "contribute");
        grant(trust, readingHub, urn, "read");
        ApiClient coach = platform.member(coachingHub, "expert-adviser");
        ApiClient reader = platform.member(readingHub, "expert-adviser");
        String coached = focus(coachingHub, trust, urn);
        String read = focus(readingHub, trust, urn);

        JsonNode listed = coach.get(coached + "/audits").expectStatus(200).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(audit);
        reader.get(read + "/audits/" + audit + "/report").expectStatus(200);
        reader.post(read + "/audits/" + audit + "/steps", Map.of("step", "moderate")).expectProblem(403);
        // advisers moderate; the school's leaders run the audit
        coach.put(coached + "/audits/" + audit + "/ratings/leadership-senior-role", Map.of("level", "exemplary")).expectProblem(403);

        JsonNode moderated = coach.post(coached + "/audits/" + audit + "/steps", Map.of("step", "moderate")).expectStatus(200).json();
        assertThat(moderated.path("audit").path("status").asText()).isEqualTo("moderated");
        assertThat(moderated.path("history").get(moderated.path("history").size() - 1).path("actor").asText())
                .contains("expert-adviser@" + coachingHub);
        coach.post(coached + "/audits/" + audit + "/steps", Map.of("step", "publish")).expectProblem(403);
        coach.get(focus(coachingHub, trust, trust.urnOf(trust.secondSchool)) + "/audits").expectProblem(404);
        assertThat(trust.lead().get(trust.api + "/audits/" + audit).json().path("audit").path("status").asText()).isEqualTo("moderated");
    }

    private static void grant(AuditTrust trust, String hub, String urn, String access) {
        trust.executive.post("/api/t/" + trust.slug + "/sharing-grants", Map.of("hub", hub, "schoolUrn", urn, "module", "cpd-audit",
                "access", access, "until", LocalDate.now().plusDays(30).toString())).expectStatus(201);
    }

    private static String focus(String hub, AuditTrust trust, String urn) {
        return "/api/t/" + hub + "/focus-schools/" + trust.slug + "/" + urn + "/m/cpd-audit";
    }
}
