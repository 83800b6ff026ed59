package org.canopy.platform.core.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role × scope table of platform/core/ACCESS.md, row by row, with real Keycloak tokens. A
 * trust with two schools, a member of staff in each and one in the central team; the headteacher
 * and CPD lead are assigned to the first school.
 */
@ExtendWith(CanopyPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleScopeIT {

    private RunningPlatform platform;
    private String trust;
    private String base;
    private String first;
    private String second;
    private ApiClient executive;

    @BeforeAll
    void trustWithTwoSchools(RunningPlatform platform) {
        this.platform = platform;
        trust = platform.newTenant("roles", "trust");
        base = "/api/t/" + trust;
        first = "700001";
        second = "700002";
        platform.newSchool(trust, first, "primary");
        platform.newSchool(trust, second, "secondary");
        executive = platform.member(trust, "trust-executive");
        executive.post(base + "/staff", staff("Ann Alder", first)).expectStatus(201);
        executive.post(base + "/staff", staff("Bob Birch", second)).expectStatus(201);
        executive.post(base + "/staff", staff("Cat Cedar", null)).expectStatus(201);
        assign("head@" + trust, "headteacher", first);
        assign("lead@" + trust, "cpd-lead", first);
    }

    @Test
    void trustExecutiveAndCpdDirectorRunTheWholeTrust() {
        for (String role : List.of("trust-executive", "trust-cpd-director")) {
            ApiClient leader = platform.member(trust, role);
            assertThat(names(leader.get(base + "/staff"))).contains("Bob Birch", "Cat Cedar")
                    .anyMatch(name -> name.startsWith("Ann Alder"));
            leader.post(base + "/schools", school(role.equals("trust-executive") ? "700011" : "700012")).expectStatus(201);
            leader.post(base + "/staff", staff("New " + role, second)).expectStatus(201);
            leader.post(base + "/years", Map.of("label", role.equals("trust-executive") ? "2040/41" : "2041/42")).expectStatus(201);
        }
    }

    @Test
    void headteacherSeesAndEditsOnlyTheirSchoolsStaff() {
        ApiClient head = headteacher();
        assertThat(names(head.get(base + "/staff"))).containsExactly("Ann Alder");
        head.get(base + "/staff/" + idOf("Bob Birch")).expectProblem(404);
        head.get(base + "/staff/" + idOf("Cat Cedar")).expectProblem(404);

        ApiResponse ann = head.get(base + "/staff/" + idOf("Ann Alder")).expectStatus(200);
        ApiResponse changed = head.withHeader("If-Match", ann.etag())
                .put(base + "/staff/" + idOf("Ann Alder"), staff("Ann Alder-Ash", first)).expectStatus(200);
        head.withHeader("If-Match", changed.etag()).put(base + "/staff/" + idOf("Ann Alder-Ash"), staff("Ann Alder-Ash", second))
                .expectProblem(403);
        head.post(base + "/staff", staff("Into Second", second)).expectProblem(403);
        head.post(base + "/staff", staff("Dan Dogwood", first)).expectStatus(201);
        JsonNode report = head.send("POST", base + "/staff/import", "text/csv",
                "name,school_urn,staff_group,fte,start_date\nEve Elm," + second + ",teacher,1.0,2024-09-01\n").expectProblem(400).json();
        assertThat(report.path("rows").get(0).path("column").asText()).isEqualTo("school_urn");
        head.post(base + "/schools", school("700013")).expectProblem(403);
        head.post(base + "/years", Map.of("label", "2042/43")).expectProblem(403);
        assertThat(names(executive.get(base + "/staff"))).doesNotContain("Into Second", "Eve Elm");
    }

    @Test
    void cpdLeadReadsTheirSchoolsStaffOnly() {
        ApiClient lead = platform.accountOnly("lead@" + trust, List.of("cpd-lead"), List.of(trust));
        assertThat(names(lead.get(base + "/staff"))).allMatch(name -> name.startsWith("Ann") || name.startsWith("Dan"));
        lead.post(base + "/staff", staff("Fay Fir", first)).expectProblem(403);
    }

    @Test
    void governorReadsEverythingAndChangesNothing() {
        ApiClient governor = platform.member(trust, "governor");
        assertThat(names(governor.get(base + "/staff"))).contains("Bob Birch", "Cat Cedar");
        governor.get(base + "/schools").expectStatus(200);
        governor.get(base + "/years").expectStatus(200);
        governor.post(base + "/staff", staff("Gil Gorse", first)).expectProblem(403);
        governor.post(base + "/schools", school("700014")).expectProblem(403);
        governor.post(base + "/years", Map.of("label", "2043/44")).expectProblem(403);
        governor.post(base + "/role-assignments", Map.of("subject", "x@y.example", "name", "X", "role", "teacher")).expectProblem(403);
    }

    @Test
    void trustFinanceReadsSchoolsYearsAndTheComparisonButNoStaffRecords() {
        ApiClient finance = platform.member(trust, "trust-finance");
        assertThat(finance.get(base + "/schools").expectStatus(200).json()).hasSizeGreaterThanOrEqualTo(2);
        finance.get(base + "/years").expectStatus(200);
        finance.get(base + "/insights/comparison?year=2025-26").expectStatus(200);
        finance.get(base + "/audit").expectStatus(200);
        finance.get(base + "/staff").expectProblem(403);
        finance.get(base + "/role-assignments").expectProblem(403);
        finance.post(base + "/schools", school("700018")).expectProblem(403);
        finance.post(base + "/years", Map.of("label", "2044/45")).expectProblem(403);
        finance.post(base + "/staff", staff("Jo Juniper", first)).expectProblem(403);
    }

    @Test
    void aHubLeadReadsTheHubsStaffAndFocusSchoolsAndAdministersNothing() {
        String hub = platform.newTenant("roles-hub", "hub");
        String hubBase = "/api/t/" + hub;
        platform.member(hub, "trust-executive").post(hubBase + "/staff", staff("Kit Larch", null)).expectStatus(201);
        ApiClient hubLead = platform.member(hub, "hub-lead");
        assertThat(names(hubLead.get(hubBase + "/staff"))).containsExactly("Kit Larch");
        hubLead.get(hubBase + "/focus-schools").expectStatus(200);
        hubLead.get(hubBase + "/schools").expectStatus(200);
        hubLead.get(hubBase + "/years").expectStatus(200);
        hubLead.post(hubBase + "/staff", staff("Lou Lime", null)).expectProblem(403);
        hubLead.post(hubBase + "/schools", school("700019")).expectProblem(403);
        hubLead.get(hubBase + "/role-assignments").expectProblem(403);
        hubLead.get(base + "/schools").expectProblem(404);
        platform.member(hub, "expert-adviser").get(hubBase + "/staff").expectProblem(403);
    }

    @Test
    void hubLeadIsGrantedInHubsOnlyAndTrustFinanceInTrustsOnly() {
        String hub = platform.newTenant("roles-kind-hub", "hub");
        ApiClient hubExecutive = platform.member(hub, "trust-executive");
        JsonNode problem = executive.post(base + "/role-assignments", Map.of("subject", "lead@x.example", "name", "X", "role", "hub-lead"))
                .expectProblem(400).json();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("role");
        hubExecutive.post("/api/t/" + hub + "/role-assignments", Map.of("subject", "cfo@x.example", "name", "X", "role", "trust-finance"))
                .expectProblem(400);
        executive.post(base + "/role-assignments", Map.of("subject", "cfo@" + trust, "name", "Cara Finance", "role", "trust-finance"))
                .expectStatus(201);
        hubExecutive.post("/api/t/" + hub + "/role-assignments", Map.of("subject", "lead@" + hub, "name", "Hana Lead", "role", "hub-lead"))
                .expectStatus(201);
        assertThat(executive.get(base + "/role-assignments").json()).extracting(a -> a.path("role").asText())
                .contains("trust-finance").doesNotContain("hub-lead");
    }

    @Test
    void teachersAndSupportStaffSeeSchoolsButNotStaffRecords() {
        for (String role : List.of("teacher", "support-staff")) {
            ApiClient member = platform.member(trust, role);
            member.get(base + "/schools").expectStatus(200);
            member.get(base + "/staff").expectProblem(403);
            member.post(base + "/schools", school("700015")).expectProblem(403);
            member.post(base + "/staff", staff("Hal Hazel", first)).expectProblem(403);
        }
    }

    @Test
    void aHeadteacherWithoutAnAssignedSchoolSeesNoStaff() {
        platform.accountOnly("unassigned-head@" + trust, List.of("headteacher"), List.of(trust)).get(base + "/staff").expectProblem(403);
    }

    @Test
    void aRealmRoleCountsOnlyWhereTheTenantGrantedIt() {
        String other = platform.newTenant("roles-other", "trust");
        String person = "exec-elsewhere@" + other;
        platform.as(person, List.of("trust-executive"), List.of(other));
        // trust executive of the other trust, governor here: governs here, and no more
        ApiClient both = platform.accountOnly(person, List.of("trust-executive", "governor"), List.of(other, trust));
        executive.post(base + "/role-assignments", Map.of("subject", person, "name", "Elsewhere", "role", "governor"))
                .expectStatus(201);
        both.get(base + "/staff").expectStatus(200);
        both.post(base + "/schools", school("700016")).expectProblem(403);
        both.post(base + "/staff", staff("Ivy Ivy", first)).expectProblem(403);
        both.post("/api/t/" + other + "/schools", school("700017")).expectStatus(201);
    }

    @Test
    void theOperatorIsNotAMemberOfTheTrust() {
        platform.operator().get(base + "/schools").expectProblem(404);
    }

    @Test
    void onlyTrustAdministratorsManageRoleAssignments() {
        JsonNode list = executive.get(base + "/role-assignments").expectStatus(200).json();
        assertThat(list).anySatisfy(a -> assertThat(a.path("subject").asText() + " " + a.path("role").asText() + " " + a.path("schoolUrn").asText())
                .isEqualTo("head@" + trust + " headteacher " + first));
        headteacher().get(base + "/role-assignments").expectProblem(403);
        executive.post(base + "/role-assignments", Map.of("subject", "not-an-email", "name", "X", "role", "wizard", "schoolUrn", "999999"))
                .expectProblem(400);
        executive.post(base + "/role-assignments", Map.of("subject", "x@y.example", "name", "X", "role", "platform-operator"))
                .expectProblem(400);
        String id = executive.post(base + "/role-assignments", Map.of("subject", "temp@" + trust, "name", "Temp", "role", "teacher"))
                .expectStatus(201).json().path("id").asText();
        executive.delete(base + "/role-assignments/" + id).expectStatus(204);
        executive.delete(base + "/role-assignments/" + id).expectProblem(404);
    }

    private ApiClient headteacher() {
        return platform.accountOnly("head@" + trust, List.of("headteacher"), List.of(trust));
    }

    private void assign(String subject, String role, String urn) {
        executive.post(base + "/role-assignments", Map.of("subject", subject, "name", "Test " + role, "role", role, "schoolUrn", urn))
                .expectStatus(201);
    }

    private String idOf(String name) {
        for (JsonNode member : executive.get(base + "/staff").json()) {
            if (member.path("name").asText().equals(name)) {
                return member.path("id").asText();
            }
        }
        throw new AssertionError("no staff member " + name);
    }

    private static List<String> names(ApiResponse response) {
        response.expectStatus(200);
        List<String> names = new java.util.ArrayList<>();
        response.json().forEach(member -> names.add(member.path("name").asText()));
        return names;
    }

    private static Map<String, Object> staff(String name, String urn) {
        Map<String, Object> member = new java.util.HashMap<>(Map.of("name", name, "staffGroup", "teacher", "fte", 1.0,
                "startedOn", "2021-09-01"));
        if (urn != null) {
            member.put("schoolUrn", urn);
        }
        return member;
    }

    private static Map<String, Object> school(String urn) {
        return Map.of("urn", urn, "name", "School " + urn, "phase", "primary", "localAuthority", "Leeds",
                "region", "yorkshire-and-the-humber", "pupils", 200, "joinedOn", "2020-09-01");
    }
}
