package org.canopy.platform.core.tenancy;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.canopy.platform.testkit.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class OperatorApiIT {

    @Test
    void theOperatorCreatesListsAndSuspendsTenants(RunningPlatform platform) {
        ApiClient operator = platform.operator();
        String slug = "operator-" + ProcessHandle.current().pid();
        operator.post("/api/platform/tenants", Map.of("slug", slug, "name", "Calder Hub", "kind", "hub")).expectStatus(201);
        operator.post("/api/platform/tenants", Map.of("slug", slug, "name", "Again", "kind", "trust")).expectProblem(409);
        assertThat(operator.get("/api/platform/tenants").expectStatus(200).json())
                .anySatisfy(t -> assertThat(t.path("slug").asText() + " " + t.path("kind").asText() + " " + t.path("status").asText())
                        .isEqualTo(slug + " hub active"));

        ApiClient member = platform.member(slug, "expert-adviser");
        member.get("/api/t/" + slug + "/schools").expectStatus(200);
        assertThat(operator.post("/api/platform/tenants/" + slug + "/suspend", Map.of()).expectStatus(200).json()
                .path("status").asText()).isEqualTo("suspended");
        member.get("/api/t/" + slug + "/schools").expectProblem(403);
        operator.post("/api/platform/tenants/" + slug + "/reactivate", Map.of()).expectStatus(200);
        member.get("/api/t/" + slug + "/schools").expectStatus(200);
        operator.post("/api/platform/tenants/no-such-tenant/suspend", Map.of()).expectProblem(404);
    }

    @Test
    void rejectsBadTenantsAndWritesNothing(RunningPlatform platform) {
        ApiClient operator = platform.operator();
        int before = operator.get("/api/platform/tenants").json().size();
        operator.post("/api/platform/tenants", Map.of("slug", "Bad Slug!", "name", "X", "kind", "trust")).expectProblem(400);
        operator.post("/api/platform/tenants", Map.of("slug", "good-slug-x", "name", "X", "kind", "school")).expectProblem(400);
        operator.post("/api/platform/tenants", Map.of("slug", "-dash", "name", "", "kind", "trust")).expectProblem(400);
        operator.post("/api/platform/tenants", "{\"slug\":").expectProblem(400);
        assertThat(operator.get("/api/platform/tenants").json()).hasSize(before);
    }

    @Test
    void onlyTheOperatorReachesThePlatformApi(RunningPlatform platform) {
        String tenant = platform.newTenant("not-operator", "trust");
        platform.member(tenant, "trust-executive").get("/api/platform/tenants").expectProblem(403);
        platform.member(tenant, "trust-executive").post("/api/platform/tenants",
                Map.of("slug", "sneaky-trust", "name", "X", "kind", "trust")).expectProblem(403);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthenticated(RunningPlatform platform) {
        String tenant = platform.newTenant("tokens", "trust");
        String path = "/api/t/" + tenant + "/schools";
        TestIdentity identity = platform.identity();
        platform.as("t@" + tenant, List.of("teacher"), List.of(tenant)).get(path).expectStatus(200);
        platform.anonymous().get(path).expectProblem(401);
        platform.withToken(identity.expired("t@" + tenant, List.of("teacher"), List.of(tenant))).get(path).expectProblem(401);
        platform.withToken(identity.tampered("t@" + tenant, List.of("teacher"), List.of(tenant))).get(path).expectProblem(401);
        platform.withToken(identity.wrongIssuer()).get(path).expectProblem(401);
        platform.withToken(identity.wrongAudience("t@" + tenant, List.of("teacher"), List.of(tenant))).get(path).expectProblem(401);
        platform.withToken("not.a.jwt").get(path).expectProblem(401);
        platform.anonymous().get("/api/no-such-route").expectProblem(401);
        platform.operator().get("/api/no-such-route").expectProblem(404);
    }
}
