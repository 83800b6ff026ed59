package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CPD lead's audit through the API, draft to published, with every refusal on the way: who may
 * take which step, input outside the framework, a third priority, and the immutability of a
 * published audit, corrected only by a new edition with a reason.
 */
@ExtendWith(CanopyPlatform.class)
class CpdLeadsAuditIT {

    private AuditTrust trust;

    @BeforeEach
    void trust(RunningPlatform platform) {
        trust = new AuditTrust(platform, "audit-lead", 4, 3);
    }

    @Test
    void theLeadRunsTheAuditFromDraftToPublishedAndTheTrustModeratesIt() {
        String audit = trust.startAudit(trust.currentYear);
        String path = trust.api + "/audits/" + audit;
        assertThat(trust.lead().get(path).expectStatus(200).json().path("audit").path("status").asText()).isEqualTo("draft");
        trust.lead().post(trust.api + "/audits", Map.of("schoolId", trust.firstSchool, "academicYear", trust.currentYear))
                .expectProblem(409);

        trust.lead().put(path + "/ratings/leadership-senior-role", Map.of("level", "established", "notes", "SLT link for CPD"))
                .expectStatus(204);
        JsonNode opened = trust.lead().post(path + "/steps", Map.of("step", "open-survey")).expectStatus(200).json();
        assertThat(opened.path("audit").path("status").asText()).isEqualTo("survey-open");
        assertThat(opened.path("surveyCode").asText()).matches("[A-Z2-9]{8}");
        JsonNode survey = trust.lead().get(path + "/survey").expectStatus(200).json();
        assertThat(survey.path("invited").asInt()).as("every member of staff is invited, support staff too").isEqualTo(7);
        assertThat(survey.path("percentAtLeast").asInt()).as("while open, only the rate in steps of ten").isZero();
        assertThat(survey.path("respondents").isNumber()).as("no count while open").isFalse();
        assertThat(trust.lead().get(path + "/survey/links").expectStatus(200).json()).hasSize(7);

        trust.lead().post(path + "/steps", Map.of("step", "close-survey")).expectStatus(200);
        trust.lead().post(path + "/steps", Map.of("step", "moderate")).expectProblem(403);
        JsonNode notReady = trust.director().post(path + "/steps", Map.of("step", "moderate")).expectProblem(409).json();
        assertThat(notReady.path("errors").toString()).contains("has no judgement yet").contains("exactly 2 transformation priorities");

        Map<String, String> levels = AuditTrust.allAt("established");
        levels.put("evaluating-impact", "developing");
        trust.judgeAll(audit, levels);
        trust.choosePriorities(audit, "leadership", "evaluating-impact").expectStatus(200);
        trust.director().post(path + "/steps", Map.of("step", "moderate")).expectStatus(200);
        trust.lead().put(path + "/judgements/leadership", Map.of("level", "exemplary", "rationale", "later")).expectProblem(409);
        trust.governor().post(path + "/steps", Map.of("step", "publish")).expectProblem(403);

        JsonNode published = trust.lead().post(path + "/steps", Map.of("step", "publish")).expectStatus(200).json();
        assertThat(published.path("audit").path("status").asText()).isEqualTo("published");
        assertThat(published.path("audit").path("overallLevel").asText())
                .as("five of six areas reached established: the default rule gives established").isEqualTo("established");
        assertThat(published.path("history")).extracting(event -> event.path("to").asText())
                .containsExactly("draft", "survey-open", "evidence-and-judgement", "moderated", "published");

        ApiResponse pdf = trust.governor().get(path + "/report.pdf").expectStatus(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.text()).startsWith("%PDF");
        assertThat(pdf.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains(".pdf"));
    }

    @Test
    void onlyAPublishedAuditHasAPdf() {
        String audit = trust.startAudit(trust.currentYear);
        trust.lead().get(trust.api + "/audits/" + audit + "/report.pdf").expectProblem(409);
    }

    @Test
    void aModeratorReturnsAnAuditOnlyWithAReason() {
        String audit = trust.startAudit(trust.currentYear);
        String path = trust.api + "/audits/" + audit;
        trust.lead().post(path + "/steps", Map.of("step", "open-survey")).expectStatus(200);
        trust.lead().post(path + "/steps", Map.of("step", "close-survey")).expectStatus(200);
        trust.judgeAll(audit, AuditTrust.allAt("developing"));
        trust.choosePriorities(audit, "leadership", "identifying-needs").expectStatus(200);
        trust.director().post(path + "/steps", Map.of("step", "moderate")).expectStatus(200);
        trust.director().post(path + "/steps", Map.of("step", "return")).expectProblem(400);
        JsonNode returned = trust.director().post(path + "/steps", Map.of("step", "return", "reason", "Evidence for impact is thin"))
                .expectStatus(200).json();
        assertThat(returned.path("audit").path("status").asText()).isEqualTo("evidence-and-judgement");
        assertThat(returned.path("history").get(returned.path("history").size() - 1).path("reason").asText())
                .isEqualTo("Evidence for impact is thin");
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String audit = trust.startAudit(trust.currentYear);
        String path = trust.api + "/audits/" + audit;
        trust.lead().put(path + "/ratings/leadership-senior-role", Map.of("level", "platinum")).expectProblem(400);
        trust.lead().put(path + "/ratings/no-such-criterion", Map.of("level", "established")).expectProblem(404);
        assertThat(trust.lead().get(path).json().path("ratings").size()).isZero();

        trust.choosePriorities(audit, "leadership", "evaluating-impact", "identifying-needs").expectProblem(400);
        trust.choosePriorities(audit, "leadership", "leadership").expectProblem(400);
        trust.choosePriorities(audit, "leadership", "no-such-area").expectProblem(400);
        assertThat(trust.lead().get(path).json().path("priorities").size()).as("nothing written by refused choices").isZero();

        trust.lead().post(path + "/steps", Map.of("step", "fly")).expectProblem(400);
        trust.lead().post(path + "/steps", Map.of("step", "publish")).expectProblem(409);
        trust.lead().post(path + "/steps", Map.of("step", "close-survey")).expectProblem(409);
        trust.lead().post(trust.api + "/audits", Map.of("schoolId", trust.firstSchool, "academicYear", "1999/00")).expectProblem(400);
        // the lead runs their own school's audit only; another school's is not theirs to know of
        trust.lead().post(trust.api + "/audits", Map.of("schoolId", trust.secondSchool, "academicYear", trust.currentYear))
                .expectProblem(404);
        trust.lead().put(path + "/judgements/leadership", Map.of("level", "established", "rationale", "too early")).expectProblem(409);
        assertThat(trust.lead().get(path).json().path("judgements").size()).isZero();
    }

    @Test
    void aPublishedAuditIsImmutableAndACorrectionIsANewEditionWithAReason() {
        String audit = trust.startAudit(trust.currentYear);
        String path = trust.api + "/audits/" + audit;
        trust.runToPublished(audit, AuditTrust.allAt("developing"));
        trust.lead().put(path + "/ratings/leadership-senior-role", Map.of("level", "exemplary")).expectProblem(409);
        trust.choosePriorities(audit, "systems-and-processes", "leadership").expectProblem(409);
        JsonNode priority = trust.lead().get(path).json().path("priorities").get(0);
        // actions are tracked all year, after publication too
        String action = trust.lead().post(path + "/priorities/" + priority.path("id").asText() + "/actions",
                        Map.of("description", "Coaching for middle leaders", "owner", "Deputy head", "due", "2027-03-31", "status", "amber"))
                .expectStatus(201).json().path("id").asText();
        trust.lead().put(path + "/priorities/" + priority.path("id").asText() + "/actions/" + action,
                Map.of("description", "Coaching for middle leaders", "owner", "Deputy head", "due", "2027-03-31", "status", "purple"))
                .expectProblem(400);

        trust.lead().post(path + "/corrections", Map.of("reason", " ")).expectProblem(400);
        trust.governor().post(path + "/corrections", Map.of("reason", "typo")).expectProblem(403);
        JsonNode correction = trust.lead().post(path + "/corrections", Map.of("reason", "Leadership judged on the wrong evidence"))
                .expectStatus(201).json();
        assertThat(correction.path("audit").path("edition").asInt()).isEqualTo(2);
        assertThat(correction.path("audit").path("status").asText()).isEqualTo("evidence-and-judgement");
        assertThat(correction.path("corrects").asText()).isEqualTo(audit);
        assertThat(correction.path("judgements").size()).as("the correction starts from the published judgements").isEqualTo(6);
        assertThat(correction.path("priorities").get(0).path("actions")).hasSize(1);
        assertThat(trust.lead().get(path).json().path("audit").path("status").asText()).isEqualTo("superseded");
        trust.lead().post(path + "/corrections", Map.of("reason", "again")).expectProblem(409);
        List<String> listed = trust.governor().get(trust.api + "/audits").expectStatus(200).json().findValuesAsText("edition");
        assertThat(listed).as("the list shows the current edition").containsExactly("2");
    }

    @Test
    void readersReadAndOnlyTheSchoolsLeadersRunIt() {
        String audit = trust.startAudit(trust.currentYear);
        String path = trust.api + "/audits/" + audit;
        ApiClient governor = trust.governor();
        governor.get(path).expectStatus(200);
        governor.get(path + "/report").expectStatus(200);
        governor.put(path + "/ratings/leadership-senior-role", Map.of("level", "established")).expectProblem(403);
        governor.get(path + "/survey/links").expectProblem(403);
        trust.otherSchoolsLead().get(path).expectProblem(404);
        trust.otherSchoolsLead().get(trust.api + "/audits").expectStatus(200).json().forEach(listed ->
                assertThat(listed.path("id").asText()).isNotEqualTo(audit));
        // the module is not for teachers: they answer the survey by link
        trust.platform.member(trust.slug, "teacher").get(path).expectProblem(404);
    }
}
