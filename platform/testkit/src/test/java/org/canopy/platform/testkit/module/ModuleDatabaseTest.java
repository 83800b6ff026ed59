package org.canopy.platform.testkit.module;

import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.TenantRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module-on-a-database tier keeps the platform's rules: one tenant's rows, the module's role, the core's schema. */
class ModuleDatabaseTest {

    private static final ModuleDatabase DATABASE = ModuleDatabase.shared();

    /** A module with one tenant table, as a plugin declares it. */
    static final class ProbeModule implements CanopyModule {
        private final String changelog;

        ProbeModule(String changelog) {
            this.changelog = changelog;
        }

        @Override
        public String title() {
            return "Probe";
        }

        @Override
        public Optional<String> changelog() {
            return Optional.of(changelog);
        }
    }

    @BeforeAll
    static void install() {
        DATABASE.install("probe-module", new ProbeModule("probe-module/db/changelog.sql"));
    }

    @Test
    void eachTenantSeesItsOwnRowsOnlyWithoutAnyWhereClause() {
        TestModuleContext trust = DATABASE.context("probe-module", DATABASE.newTenant("Oak Trust", TenantRef.Kind.TRUST));
        TestModuleContext other = DATABASE.context("probe-module", DATABASE.newTenant("Elm Trust", TenantRef.Kind.TRUST));

        trust.data().update("insert into probe (text) values (?)", "ours");

        assertThat(trust.data().query("select text from probe", row -> row.getString(1))).containsExactly("ours");
        assertThat(other.data().query("select text from probe", row -> row.getString(1))).isEmpty();
        assertThat(other.data().update("update probe set text = 'theirs'")).isZero();
    }

    @Test
    void aRowForAnotherTenantIsRefused() {
        TenantRef trust = DATABASE.newTenant("Ash Trust", TenantRef.Kind.TRUST);
        TenantRef other = DATABASE.newTenant("Yew Trust", TenantRef.Kind.TRUST);

        assertThatThrownBy(() -> DATABASE.context("probe-module", trust).data()
                .update("insert into probe (tenant_id, text) values (?, ?)", other.id(), "planted"))
                .hasMessageContaining("row-level security");
    }

    @Test
    void theModulesRoleReadsTheSharedModelButNotThePlatformsTables() {
        TenantRef tenant = DATABASE.newTenant("Birch Trust", TenantRef.Kind.TRUST);
        SharedModel.School school = DATABASE.newSchool(tenant, "100001", "Birch Primary", "primary");
        TestModuleContext context = DATABASE.context("probe-module", tenant);

        assertThat(context.data().query("select name from public.school", row -> row.getString(1))).containsExactly("Birch Primary");
        assertThatThrownBy(() -> context.data().query("select slug from public.tenant", row -> row.getString(1)))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> context.data().query("select set_config('canopy.tenant_id', ?, false)", row -> row.getString(1),
                UUID.randomUUID().toString())).isInstanceOf(IllegalArgumentException.class);
        assertThat(context.shared().schools()).containsExactly(school);
    }

    @Test
    void aTransactionCommitsOrRollsBackAsOne() {
        TestModuleContext context = DATABASE.context("probe-module", DATABASE.newTenant("Rowan Trust", TenantRef.Kind.TRUST));

        assertThatThrownBy(() -> context.data().inTransaction(data -> {
            data.update("insert into probe (text) values ('first')");
            return data.update("insert into probe (text) values (?)", "x".repeat(101));
        })).hasMessageContaining("too long");

        assertThat(context.data().query("select text from probe", row -> row.getString(1))).isEmpty();
    }

    @Test
    void theSharedModelSpellsCodesAsTheApiDoes() {
        TenantRef tenant = DATABASE.newTenant("Holly Trust", TenantRef.Kind.TRUST);
        SharedModel.School college = DATABASE.newSchool(tenant, "100002", "Holly College", "16-plus");
        DATABASE.newStaffMember(tenant, Optional.of(college.id()), "Ada Lovelace", "teaching-assistant");
        DATABASE.newAcademicYear(tenant, "2025/26");
        TestModuleContext context = DATABASE.context("probe-module", tenant);

        assertThat(context.shared().schools()).extracting(SharedModel.School::phase).containsExactly("16-plus");
        assertThat(context.shared().staff()).extracting(SharedModel.StaffMember::staffGroup).containsExactly("teaching-assistant");
        assertThat(context.shared().academicYears()).containsExactly(
                new SharedModel.AcademicYear("2025/26", LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
    }

    @Test
    void aModuleLeavingATenantTableUnprotectedIsRefusedAsThePlatformWould() {
        assertThatThrownBy(() -> DATABASE.install("leaky-module", new ProbeModule("leaky-module/db/changelog.sql")))
                .hasMessageContaining("leak");
    }
}
