package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.HeadlessChromium;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's transformation priorities as the platform's read view, and what another module (the
 * test module, installed beside it) puts behind them: read and tied to by id over the test module's
 * routes, shown per priority on the audit's priorities page; never across trusts.
 */
@ExtendWith(CanopyPlatform.class)
class PriorityContributionsIT {

    private static final String TEST_MODULE = "test-module";

    @Test
    void anotherModulesHoursOnAPriorityAreShownOnThePrioritiesPage(RunningPlatform platform) {
        AuditTrust trust = trustWithBothModules(platform, "priority-links");
        String audit = trust.startAudit(trust.currentYear);
        trust.choosePriorities(audit, "leadership", "evaluating-impact").expectStatus(200);
        String notes = "/api/t/" + trust.slug + "/m/" + TEST_MODULE + "/priority-notes";

        JsonNode published = trust.executive.get(notes + "/priorities?school=" + trust.firstSchool + "&year=" + trust.currentYear)
                .expectStatus(200).json();
        assertThat(published).hasSize(2);
        assertThat(published.get(0).path("school").asText()).isEqualTo(trust.firstSchool);
        assertThat(published.get(0).path("academicYear").asText()).isEqualTo(trust.currentYear);
        assertThat(published.get(0).path("area").asText()).isEqualTo("leadership");
        assertThat(published.get(0).path("title").asText()).isEqualTo("Improve leadership");
        assertThat(trust.executive.get(notes + "/priorities?school=" + trust.secondSchool + "&year=" + trust.currentYear)
                .expectStatus(200).json()).as("no audit, no priorities").isEmpty();
        String leadership = published.get(0).path("id").asText();

        trust.executive.post(notes, Map.of("priorityId", leadership, "text", "Coaching for middle leaders", "hours", 2.5))
                .expectStatus(201);
        trust.executive.post(notes, Map.of("priorityId", leadership, "text", "Governor training", "hours", 1)).expectStatus(201);
        trust.executive.post(notes, Map.of("priorityId", UUID.randomUUID(), "text", "made up", "hours", 1)).expectProblem(400);

        WebDriver browser = HeadlessChromium.start("1280,1000");
        try {
            browser.get(platform.baseUri().resolve("t/" + trust.slug + "/m/cpd-audit/audits/" + audit + "/priorities").toString());
            HeadlessChromium.signIn(browser, "lead@" + trust.slug);
            HeadlessChromium.waitFor(browser, By.id("priorities-heading"));
            assertThat(browser.findElement(By.id("contributions-1")).getText()).contains("Test module").contains("3.5 hours: 2 notes");
            assertThat(browser.findElement(By.id("contributions-2")).getText())
                    .isEqualTo("No other module has reported anything for this priority yet.");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anotherTrustsPrioritiesAreNeverVisibleNorTiedTo(RunningPlatform platform) {
        AuditTrust owner = trustWithBothModules(platform, "priority-owner");
        AuditTrust other = trustWithBothModules(platform, "priority-other");
        String audit = owner.startAudit(owner.currentYear);
        owner.choosePriorities(audit, "leadership", "evaluating-impact").expectStatus(200);
        String ownerNotes = "/api/t/" + owner.slug + "/m/" + TEST_MODULE + "/priority-notes";
        String priority = owner.executive.get(ownerNotes + "/priorities?school=" + owner.firstSchool + "&year=" + owner.currentYear)
                .json().get(0).path("id").asText();

        ApiClient stranger = other.executive;
        String theirNotes = "/api/t/" + other.slug + "/m/" + TEST_MODULE + "/priority-notes";
        assertThat(stranger.get(theirNotes + "/priorities?school=" + owner.firstSchool + "&year=" + owner.currentYear)
                .expectStatus(200).json()).as("the owner's school asked about in another trust").isEmpty();
        stranger.post(theirNotes, Map.of("priorityId", priority, "text", "not ours", "hours", 3)).expectProblem(400);
        stranger.get(ownerNotes + "/priorities?school=" + owner.firstSchool + "&year=" + owner.currentYear).expectProblem(404);
        stranger.post(ownerNotes, Map.of("priorityId", priority, "text", "not ours", "hours", 3)).expectProblem(404);

        owner.executive.post(ownerNotes, Map.of("priorityId", priority, "text", "ours", "hours", 4)).expectStatus(201);
        String otherAudit = other.startAudit(other.currentYear);
        other.choosePriorities(otherAudit, "leadership", "identifying-needs").expectStatus(200);
        assertThat(stranger.get(theirNotes + "/priorities?school=" + other.firstSchool + "&year=" + other.currentYear).json())
                .extracting(p -> p.path("id").asText()).hasSize(2).doesNotContain(priority);
    }

    private static AuditTrust trustWithBothModules(RunningPlatform platform, String prefix) {
        AuditTrust trust = new AuditTrust(platform, prefix, 1, 0);
        trust.executive.put("/api/t/" + trust.slug + "/modules/" + TEST_MODULE, Map.of("enabled", true)).expectStatus(200);
        return trust;
    }
}
