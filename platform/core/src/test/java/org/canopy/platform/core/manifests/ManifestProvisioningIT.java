package org.canopy.platform.core.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class ManifestProvisioningIT {

    private static final String MANIFEST = """
            kind: trust
            slug: %s
            name: Calder Valley Trust
            modules: [cpd-audit]
            administrators:
              - {email: ceo@calder.example, name: Dee Ellis, role: trust-executive}
              - {email: head@calder.example, name: Ian Quinn, role: headteacher, school: 400001}
            schools:
              - urn: 400001
                name: Hebden Primary
                phase: primary
                localAuthority: Calderdale
                region: yorkshire-and-the-humber
                pupils: %d
                joined: 2020-09-01
              - urn: 400002
                name: Todmorden High
                phase: secondary
                localAuthority: Calderdale
                region: yorkshire-and-the-humber
                pupils: 900
                ofsted: requires-improvement
                joined: 2021-09-01
            staff:
              - {email: head@calder.example, name: Ian Quinn, school: 400001, group: headteacher, fte: 1.0, started: 2015-09-01}
              - {email: cook@calder.example, name: Sam Cook, school: 400002, group: catering-support, fte: 0.6, started: 2019-01-07}
              - {email: fin@calder.example, name: Fay Nowak, school: ~, group: admin-support, fte: 1.0, started: 2018-04-01}
            """;

    @Test
    void theDemoTenantsAreProvisionedAtStartUp(RunningPlatform platform) {
        ApiClient ceo = platform.member("riverside-learning-trust", "trust-executive");
        JsonNode schools = ceo.get("/api/t/riverside-learning-trust/schools").expectStatus(200).json();
        assertThat(schools).hasSizeGreaterThanOrEqualTo(6);
        assertThat(schools).extracting(s -> s.path("phase").asText()).contains("primary", "secondary", "special");
        assertThat(ceo.get("/api/t/riverside-learning-trust/staff?limit=1000").json().size()).isBetween(140, 250);
        assertThat(platform.operator().get("/api/platform/tenants/pennine-cpd-hub").expectStatus(200).json().path("kind").asText())
                .isEqualTo("hub");
    }

    @Test
    void applyingAManifestTwiceChangesNothing(RunningPlatform platform) {
        String slug = "calder-" + ProcessHandle.current().pid();
        ApiClient operator = platform.operator();
        JsonNode first = apply(operator, slug, 210).expectStatus(201).json();
        assertThat(first.path("created").asBoolean()).isTrue();

        assertThat(platform.identity().organizationsOf("ceo@calder.example")).containsExactly(slug);
        assertThat(platform.identity().rolesOf("head@calder.example")).containsExactly("headteacher");
        assertThat(platform.identity().keycloakUser("ceo@calder.example").path("requiredActions"))
                .extracting(JsonNode::asText).containsExactly("UPDATE_PASSWORD");

        ApiClient ceo = platform.member(slug, "trust-executive");
        JsonNode auditBefore = ceo.get("/api/t/" + slug + "/audit?limit=500").json();
        String etagBefore = ceo.get("/api/t/" + slug + "/schools/" + ceo.get("/api/t/" + slug + "/schools").json().get(0).path("id").asText()).etag();

        JsonNode second = apply(operator, slug, 210).expectStatus(200).json();
        assertThat(second.path("changes").asInt()).isZero();
        assertThat(ceo.get("/api/t/" + slug + "/audit?limit=500").json()).isEqualTo(auditBefore);
        assertThat(ceo.get("/api/t/" + slug + "/schools/" + ceo.get("/api/t/" + slug + "/schools").json().get(0).path("id").asText()).etag())
                .isEqualTo(etagBefore);
        assertThat(ceo.get("/api/t/" + slug + "/schools").json()).hasSize(2);
        assertThat(ceo.get("/api/t/" + slug + "/staff").json()).hasSize(3);
        assertThat(platform.identity().organizationsOf("ceo@calder.example")).containsExactly(slug);

        JsonNode edited = apply(operator, slug, 215).expectStatus(200).json();
        assertThat(edited.path("changes").asInt()).isEqualTo(1);
        assertThat(ceo.get("/api/t/" + slug + "/schools").json())
                .anySatisfy(s -> assertThat(s.path("pupils").asInt()).isEqualTo(215));
    }

    @Test
    void aBadManifestIsRejectedWithFileLineAndFieldAndWritesNothing(RunningPlatform platform) {
        String slug = "calder-bad-" + ProcessHandle.current().pid();
        String bad = MANIFEST.formatted(slug, 210).replace("urn: 400002", "urn: 40002");
        JsonNode problem = platform.operator().send("POST", "/api/platform/manifests?file=calder.yaml", "application/yaml", bad)
                .expectProblem(400).json();
        JsonNode error = problem.path("manifestErrors").get(0);
        assertThat(error.path("file").asText()).isEqualTo("calder.yaml");
        assertThat(error.path("line").asInt()).isEqualTo(16);
        assertThat(error.path("field").asText()).isEqualTo("schools[2].urn");
        assertThat(problem.path("detail").asText()).contains("calder.yaml:16");
        platform.operator().get("/api/platform/tenants/" + slug).expectProblem(404);

        platform.operator().send("POST", "/api/platform/manifests", "application/yaml", "kind: [unclosed").expectProblem(400);
        platform.member(slug, "trust-executive").send("POST", "/api/platform/manifests", "application/yaml",
                MANIFEST.formatted(slug, 210)).expectProblem(403);
        platform.operator().get("/api/platform/tenants/" + slug).expectProblem(404);
    }

    private static org.canopy.platform.testkit.ApiResponse apply(ApiClient operator, String slug, int pupils) {
        return operator.send("POST", "/api/platform/manifests?file=" + slug + ".yaml", "application/yaml",
                MANIFEST.formatted(slug, pupils));
    }
}
