package org.canopy.platform.core.tenancy;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.ApiResponse;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wall between tenants: every route of the core, called by a member of trust A with trust B's
 * slug or ids, answers 404 and leaves B unchanged; and below the API, row-level security hides
 * every tenant row from a connection with no tenant or the wrong one.
 */
@ExtendWith(CanopyPlatform.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    private RunningPlatform platform;
    private String a;
    private String b;
    private ApiClient memberOfA;
    private ApiClient executiveOfB;
    private String schoolOfB;
    private String staffOfB;

    @BeforeAll
    void twoTrusts(RunningPlatform platform) {
        this.platform = platform;
        a = platform.newTenant("isolation-a", "trust");
        b = platform.newTenant("isolation-b", "trust");
        memberOfA = platform.as("exec@a", List.of("trust-executive"), List.of(a));
        executiveOfB = platform.member(b, "trust-executive");
        platform.newSchool(a, "200001", "primary");
        schoolOfB = platform.newSchool(b, "200002", "secondary").path("id").asText();
        staffOfB = executiveOfB.post("/api/t/" + b + "/staff", Map.of("name", "Bea Baker", "email", "bea@b.example",
                "schoolUrn", "200002", "staffGroup", "teacher", "fte", 1.0, "startedOn", "2021-09-01"))
                .expectStatus(201).json().path("id").asText();
    }

    @Test
    void anotherTenantsSlugIsNotFoundOnEveryRoute() {
        String other = "/api/t/" + b;
        List<ApiResponse> responses = List.of(
                memberOfA.get(other + "/schools"),
                memberOfA.get(other + "/schools/" + schoolOfB),
                memberOfA.post(other + "/schools", Map.of("urn", "200003")),
                memberOfA.withHeader("If-Match", "\"0\"").put(other + "/schools/" + schoolOfB, Map.of("urn", "200002")),
                memberOfA.withHeader("If-Match", "\"0\"").delete(other + "/schools/" + schoolOfB),
                memberOfA.get(other + "/staff"),
                memberOfA.get(other + "/staff/" + staffOfB),
                memberOfA.post(other + "/staff", Map.of("name", "Intruder")),
                memberOfA.withHeader("If-Match", "\"0\"").put(other + "/staff/" + staffOfB, Map.of("name", "Renamed")),
                memberOfA.withHeader("If-Match", "\"0\"").delete(other + "/staff/" + staffOfB),
                memberOfA.send("POST", other + "/staff/import", "text/csv", "name,school_urn,staff_group,fte,start_date\n"),
                memberOfA.get(other + "/years"),
                memberOfA.get(other + "/years/2025-26"),
                memberOfA.post(other + "/years", Map.of("label", "2031/32")),
                memberOfA.get(other + "/audit"),
                memberOfA.get(other + "/role-assignments"),
                memberOfA.post(other + "/role-assignments", Map.of("subject", "x@a.example", "name", "X", "role", "teacher")),
                memberOfA.delete(other + "/role-assignments/" + UUID.randomUUID()),
                memberOfA.get(other + "/modules"),
                memberOfA.get(other + "/insights/comparison?year=2025-26"));
        responses.forEach(response -> response.expectProblem(404));
        assertThat(responses).extracting(ApiResponse::text).allMatch(text -> !text.contains("200002") && !text.contains("Bea"));
        // path parameters and encoded separators cannot smuggle a request past the tenant gate
        for (String sneaky : List.of("/api/t;x=1/" + b + "/schools", "/api/t/" + b + ";x=1/schools",
                "/api/platform;x=1/tenants", "/api/t/" + a + "/..%2F" + b + "/schools", "/api//platform/tenants")) {
            assertThat(memberOfA.get(sneaky).status()).as(sneaky).isIn(400, 403, 404);
        }
        memberOfA.post("/api/platform;x=1/tenants", Map.of("slug", "smuggled", "name", "X", "kind", "trust")).expectProblem(400);
        // a tenant that does not exist at all is answered the same way
        assertThat(memberOfA.get("/api/t/no-such-trust/schools").expectProblem(404).json().path("type"))
                .isEqualTo(memberOfA.get(other + "/schools").json().path("type"));
        assertBUnchanged();
    }

    @Test
    void anotherTenantsIdsUnderOwnSlugAreNotFound() {
        String own = "/api/t/" + a;
        memberOfA.get(own + "/schools/" + schoolOfB).expectProblem(404);
        memberOfA.withHeader("If-Match", "\"0\"").put(own + "/schools/" + schoolOfB, school("200002")).expectProblem(404);
        memberOfA.withHeader("If-Match", "\"0\"").delete(own + "/schools/" + schoolOfB).expectProblem(404);
        memberOfA.get(own + "/staff/" + staffOfB).expectProblem(404);
        memberOfA.withHeader("If-Match", "\"0\"").put(own + "/staff/" + staffOfB, Map.of("name", "X", "staffGroup", "teacher",
                "fte", 1, "startedOn", "2020-09-01")).expectProblem(404);
        memberOfA.withHeader("If-Match", "\"0\"").delete(own + "/staff/" + staffOfB).expectProblem(404);
        // B's school URN does not exist for A either: a staff member cannot be attached to it
        memberOfA.post(own + "/staff", Map.of("name", "X", "schoolUrn", "200002", "staffGroup", "teacher",
                "fte", 1, "startedOn", "2020-09-01")).expectProblem(400);
        assertThat(memberOfA.get(own + "/schools").json()).extracting(n -> n.path("urn").asText()).containsExactly("200001");
        assertThat(memberOfA.get(own + "/staff").json()).isEmpty();
        assertBUnchanged();
    }

    @Test
    void everyTableWithATenantColumnHasRowLevelSecurityEnabledForcedAndOnlyTheStandardPolicy() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        List<String> tables = tenantTables();
        try (Connection owner = platform.connectAsOwner(); Statement sql = owner.createStatement();
             ResultSet rs = sql.executeQuery(org.canopy.platform.core.plugins.PluginSchemas.UNPROTECTED)) {
            while (rs.next()) {
                unprotected.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("public.school", "public.staff_member", "public.academic_year", "public.role_assignment",
                "public.change_log", "public.tenant_module", "module_test_module.note");
        assertThat(unprotected).isEmpty();
    }

    @Test
    void theApplicationRoleSeesNoTenantRowsWithoutATenantAndOnlyItsOwnWithOne() throws SQLException {
        try (Connection app = platform.connectAsApp()) {
            for (String table : tenantTables()) {
                assertThat(count(app, table)).as("rows of %s with no tenant set", table).isZero();
            }
            app.setAutoCommit(false);
            setTenant(app, tenantId(b));
            assertThat(count(app, "school")).isEqualTo(1);
            setTenant(app, UUID.randomUUID().toString());
            for (String table : tenantTables()) {
                assertThat(count(app, table)).as("rows of %s for a tenant that owns none", table).isZero();
            }
            setTenant(app, tenantId(a));
            try (PreparedStatement sneak = app.prepareStatement(
                    "UPDATE school SET name = 'hijacked' WHERE tenant_id = ?::uuid")) {
                sneak.setString(1, tenantId(b));
                assertThat(sneak.executeUpdate()).isZero();
            }
            try (PreparedStatement forge = app.prepareStatement("""
                    INSERT INTO school (tenant_id, id, urn, name, phase, local_authority, region, pupils, joined_on, version)
                    VALUES (?::uuid, gen_random_uuid(), '200009', 'Forged', 'PRIMARY', 'Leeds', 'LONDON', 1, current_date, 1)""")) {
                forge.setString(1, tenantId(b));
                assertThatThrownBy(forge::executeUpdate).hasMessageContaining("row-level security");
            }
            app.rollback();
            try (Statement sql = app.createStatement()) {
                assertThatThrownBy(() -> sql.execute("ALTER TABLE school DISABLE ROW LEVEL SECURITY"))
                        .hasMessageContaining("must be owner");
            }
            app.rollback();
        }
        try (Connection owner = platform.connectAsOwner()) {
            assertThat(count(owner, "school")).as("forced RLS binds the owner too").isZero();
        }
        assertBUnchanged();
    }

    private void assertBUnchanged() {
        JsonNode school = executiveOfB.get("/api/t/" + b + "/schools/" + schoolOfB).expectStatus(200).json();
        assertThat(school.path("urn").asText()).isEqualTo("200002");
        assertThat(school.path("name").asText()).isEqualTo("School 200002");
        JsonNode staff = executiveOfB.get("/api/t/" + b + "/staff/" + staffOfB).expectStatus(200).json();
        assertThat(staff.path("name").asText()).isEqualTo("Bea Baker");
        assertThat(executiveOfB.get("/api/t/" + b + "/schools").json()).hasSize(1);
        assertThat(executiveOfB.get("/api/t/" + b + "/staff").json()).hasSize(1);
        assertThat(executiveOfB.get("/api/t/" + b + "/years").json()).hasSize(2);
    }

    private List<String> tenantTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection app = platform.connectAsApp(); Statement sql = app.createStatement();
             ResultSet rs = sql.executeQuery("SELECT table_schema || '.' || table_name FROM information_schema.columns "
                     + "WHERE column_name = 'tenant_id' AND table_schema NOT IN ('pg_catalog', 'information_schema') "
                     + "AND has_schema_privilege(table_schema, 'USAGE') ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private String tenantId(String slug) throws SQLException {
        try (Connection app = platform.connectAsApp();
             PreparedStatement sql = app.prepareStatement("SELECT id FROM tenant WHERE slug = ?")) {
            sql.setString(1, slug);
            try (ResultSet rs = sql.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void setTenant(Connection connection, String tenantId) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("SELECT set_config('canopy.tenant_id', ?, true)")) {
            sql.setString(1, tenantId);
            sql.execute();
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Object> school(String urn) {
        return Map.of("urn", urn, "name", "Renamed", "phase", "primary", "localAuthority", "Leeds",
                "region", "london", "pupils", 1, "joinedOn", "2020-09-01");
    }
}
