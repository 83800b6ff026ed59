package org.canopy.platform.core.staff;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(CanopyPlatform.class)
class StaffApiIT {

    private RunningPlatform platform;
    private String tenant;
    private ApiClient executive;
    private String staff;

    @BeforeEach
    void newTrustWithTwoSchools(RunningPlatform platform) {
        this.platform = platform;
        tenant = platform.newTenant("staff", "trust");
        platform.newSchool(tenant, "300001", "primary");
        platform.newSchool(tenant, "300002", "secondary");
        executive = platform.member(tenant, "trust-executive");
        staff = "/api/t/" + tenant + "/staff";
    }

    private static Map<String, Object> member(String name, String urn) {
        Map<String, Object> member = new HashMap<>(Map.of("name", name, "staffGroup", "teaching-assistant",
                "fte", 0.6, "startedOn", "2022-09-01"));
        if (urn != null) {
            member.put("schoolUrn", urn);
        }
        return member;
    }

    @Test
    void keepsSchoolAndCentralStaffIncludingSupportStaff() {
        ApiResponse created = executive.post(staff, member("Tess Ahmed", "300001")).expectStatus(201);
        executive.post(staff, withField(member("Colin Reid", null), "staffGroup", "executive")).expectStatus(201);

        JsonNode read = executive.get(staff + "/" + created.json().path("id").asText()).expectStatus(200).json();
        assertThat(read.path("schoolUrn").asText()).isEqualTo("300001");
        assertThat(read.path("staffGroup").asText()).isEqualTo("teaching-assistant");
        assertThat(read.path("fte").decimalValue()).isEqualByComparingTo("0.6");

        JsonNode all = executive.get(staff).expectStatus(200).json();
        assertThat(all).extracting(n -> n.path("name").asText() + "@" + n.path("schoolUrn").asText("central"))
                .containsExactly("Colin Reid@central", "Tess Ahmed@300001");
        assertThat(executive.get(staff + "?school=300001").json()).hasSize(1);
    }

    @Test
    void updatesWithIfMatchAndRefusesStaleVersions() {
        ApiResponse created = executive.post(staff, member("Tess Ahmed", "300001")).expectStatus(201);
        String url = staff + "/" + created.json().path("id").asText();
        ApiResponse moved = executive.withHeader("If-Match", created.etag()).put(url, member("Tess Ahmed", "300002"))
                .expectStatus(200);
        assertThat(moved.json().path("schoolUrn").asText()).isEqualTo("300002");
        executive.withHeader("If-Match", created.etag()).put(url, member("Tess Ahmed", "300001")).expectProblem(412);
        executive.withHeader("If-Match", moved.etag()).delete(url).expectStatus(204);
        executive.get(url).expectProblem(404);
        executive.get(staff + "/not-a-uuid").expectProblem(404);
    }

    @Test
    void rejectsBadStaffAndWritesNothing() {
        executive.post(staff, withField(member("A", "300001"), "fte", 1.5)).expectProblem(400);
        executive.post(staff, withField(member("A", "300001"), "fte", "full")).expectProblem(400);
        executive.post(staff, withField(member("A", "300001"), "staffGroup", "wizard")).expectProblem(400);
        executive.post(staff, withField(member("A", "300001"), "email", "not-an-email")).expectProblem(400);
        executive.post(staff, member("A", "999999")).expectProblem(400);
        executive.post(staff, member("", "300001")).expectProblem(400);
        executive.post(staff, "{").expectProblem(400);
        platform.member(tenant, "teacher").post(staff, member("A", "300001")).expectProblem(403);
        executive.post(staff, withField(member("A", "300001"), "email", "a@x.example")).expectStatus(201);
        executive.post(staff, withField(member("B", "300001"), "email", "A@x.example")).expectProblem(409);
        assertThat(executive.get(staff).json()).hasSize(1);
    }

    @Test
    void importsACsvExportAllOrNothing() {
        String good = """
                name,email,school_urn,staff_group,fte,start_date
                Amara Okafor,amara@trust.example,300001,teacher,1.0,2019-09-01
                Ben Clarke,,300002,site-support,0.8,01/09/2020
                Chloe Singh,chloe@trust.example,,admin-support,0.5,2021-01-04
                """;
        assertThat(executive.send("POST", staff + "/import", "text/csv", good).expectStatus(201).json().path("imported").asInt())
                .isEqualTo(3);
        assertThat(executive.get(staff).json()).hasSize(3);

        String bad = """
                name,email,school_urn,staff_group,fte,start_date
                Dan Evans,dan@trust.example,300001,teacher,1.0,2019-09-01
                Ella Foster,ella@trust.example,123456,teacher,1.0,2019-09-01
                Farah Gill,amara@trust.example,300001,wizard,2,2019-13-01
                """;
        JsonNode report = executive.send("POST", staff + "/import", "text/csv", bad).expectProblem(400).json();
        assertThat(report.path("rows")).extracting(r -> r.path("row").asInt() + ":" + r.path("column").asText())
                .containsExactlyInAnyOrder("3:school_urn", "4:fte", "4:start_date", "4:staff_group", "4:email");
        assertThat(executive.get(staff).json()).as("nothing of the bad file was imported").hasSize(3);

        executive.send("POST", staff + "/import", "text/csv", "name,fte\nX,1\n").expectProblem(400);
        executive.send("POST", staff + "/import", "text/csv", "x".repeat(5 * 1024 * 1024 + 10)).expectProblem(413);
        platform.member(tenant, "governor").send("POST", staff + "/import", "text/csv", good).expectProblem(403);
        assertThat(executive.get(staff).json()).hasSize(3);
    }

    private static Map<String, Object> withField(Map<String, Object> member, String field, Object value) {
        member.put(field, value);
        return member;
    }
}
