--liquibase formatted sql

--changeset canopy:003-protect-tenant-table splitStatements:false
-- The helper modules call from their changelogs to declare a tenant-owned table:
--   SELECT canopy_protect_tenant_table('my_table');
-- The table needs a tenant_id uuid column (DEFAULT canopy_current_tenant() lets inserts omit it).
-- Runs as the owner (migrations do); the application role cannot call it.
CREATE FUNCTION canopy_protect_tenant_table(target regclass) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = canopy_current_tenant()) '
                   'WITH CHECK (tenant_id = canopy_current_tenant())', target);
END $$;
REVOKE EXECUTE ON FUNCTION canopy_protect_tenant_table(regclass) FROM PUBLIC;

--changeset canopy:003-module-role splitStatements:false
-- Modules' SQL runs as canopy_module (see infra/postgres): the shared model readable under RLS,
-- the platform tables (tenant, tenant_module, audit_event, role_assignment) out of reach.
GRANT USAGE ON SCHEMA public TO canopy_module;
GRANT SELECT ON school, staff_member, academic_year TO canopy_module;
-- No temporary tables for anyone but the owner: a temporary table can shadow a real one for the
-- rest of a pooled session, outside row-level security.
DO $$ BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;
