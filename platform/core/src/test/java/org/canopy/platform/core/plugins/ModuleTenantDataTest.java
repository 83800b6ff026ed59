package org.canopy.platform.core.plugins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleTenantDataTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "select set_config('canopy.tenant_id', ?, true)",
            "SELECT * FROM note, (SELECT SET_CONFIG('canopy.tenant_id', 'x', false)) s",
            "select current_setting('canopy.tenant_id')",
            "set canopy.tenant_id = 'x'",
            "  SET LOCAL search_path TO public",
            "reset all",
            "SET ROLE canopy_owner",
            "select 1; set session authorization default",
            "/**/set \"canopy\".tenant_id='x'; create temp table loot as select 1",
            "select 1; reset role",
            "select U&\"\\0073et_config\"('canopy.tenant_id', 'x', false)",
            "create temp table school (like public.school)",
            "select * from note -- trailing comment"})
    void refusesStatementsThatTouchSessionSettings(String statement) {
        assertThat(ModuleTenantData.changesSession(statement)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "select id, text from note order by created_at",
            "insert into note (text) values (?)",
            "update note set text = ? where id = ?",
            "select * from settings_history",
            "delete from note where reset_count > 3",
            "update staff_role set role = ? where id = ?",
            "with recent as (select * from note) select count(*) from recent"})
    void letsOrdinaryStatementsThrough(String statement) {
        assertThat(ModuleTenantData.changesSession(statement)).isFalse();
    }
}
