package org.canopy.plugins.cpdaudit.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trust makes its own framework version: a draft copy of the default, edited and published; a
 * published version never changes; audits keep the version they started on.
 */
@ExtendWith(CanopyPlatform.class)
class FrameworkVersionsIT {

    @Test
    void aTrustPublishesItsOwnVersionAndEveryAuditKeepsTheOneItUsed(RunningPlatform platform) throws Exception {
        AuditTrust trust = new AuditTrust(platform, "frameworks", 2, 0);
        ApiClient director = trust.director();
        JsonNode seeded = director.get(trust.api + "/frameworks").expectStatus(200).json();
        assertThat(seeded).hasSize(1);
        assertThat(seeded.get(0).path("status").asText()).isEqualTo("published");
        String defaultId = seeded.get(0).path("id").asText();
        String before = trust.startAudit(trust.previousYear);

        trust.governor().post(trust.api + "/frameworks/" + defaultId + "/copies",
                Map.of("key", "riverside", "version", "2027", "title", "Ours")).expectProblem(403);
        director.post(trust.api + "/frameworks/" + defaultId + "/copies", Map.of("key", "Not A Key", "version", "1", "title", "x"))
                .expectProblem(400);
        String draft = director.post(trust.api + "/frameworks/" + defaultId + "/copies",
                Map.of("key", "riverside", "version", "2027", "title", "Riverside CPD framework")).expectStatus(201).json().path("id").asText();

        ObjectNode definition = (ObjectNode) ApiClient.json().readTree(director.get(trust.api + "/frameworks/" + draft).expectStatus(200).text());
        assertThat(definition.path("key").asText()).isEqualTo("riverside");
        ((ObjectNode) definition.path("areas").get(0).path("criteria").get(0)).put("weight", 7);
        director.send("PUT", trust.api + "/frameworks/" + draft, "application/json", definition.toString())
                .expectProblem(400);
        ((ObjectNode) definition.path("areas").get(0).path("criteria").get(0)).put("weight", 3);
        director.send("PUT", trust.api + "/frameworks/" + draft, "application/json", definition.toString()).expectStatus(204);
        director.post(trust.api + "/frameworks/" + draft + "/publication", Map.of()).expectStatus(204);
        director.send("PUT", trust.api + "/frameworks/" + draft, "application/json", definition.toString())
                .expectProblem(409);
        director.post(trust.api + "/frameworks/" + defaultId + "/publication", Map.of()).expectProblem(409);

        JsonNode after = trust.lead().get(trust.api + "/audits/" + trust.startAudit(trust.currentYear)).json();
        assertThat(after.path("framework").asText() + " " + after.path("frameworkVersion").asText()).isEqualTo("riverside 2027");
        JsonNode old = trust.lead().get(trust.api + "/audits/" + before).json();
        assertThat(old.path("framework").asText()).as("an audit keeps the version it started on").isEqualTo("canopy-default");
        assertThat(ApiClient.json().readTree(director.get(trust.api + "/frameworks/" + draft).text())
                .path("areas").get(0).path("criteria").get(0).path("weight").asInt()).isEqualTo(3);
    }
}
