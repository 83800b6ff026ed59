package org.canopy.platform.core.plugins;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Each module's tables live in a schema of its own ({@code module_<id>}), created and migrated by
 * the owner role; the application role may read and write rows there, nothing more. Liquibase
 * keeps each module's changelog history in that schema, so a changeset runs once per module.
 * Schemas are never dropped: uninstalling a plugin leaves its data for the operator to decide.
 */
public final class PluginSchemas {

    /** The role modules' SQL runs as (infra/postgres/bootstrap.sql). */
    static final String MODULE_ROLE = "canopy_module";

    private final DataSource owner;
    private final String appRole;

    PluginSchemas(DataSource owner, String appRole) {
        this.owner = owner;
        this.appRole = appRole;
    }

    static String schemaOf(String moduleId) {
        return "module_" + moduleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /**
     * Applies the changelog, then checks it: a tenant table it created without forced row-level
     * security is sealed at once (the standard policy is applied, so no tenant can read another's
     * rows in it), the module loses access to its schema, and the offending tables are returned so
     * the host refuses the module. Nothing is dropped: the operator decides what to do with it.
     */
    List<String> migrate(String moduleId, String changelog, ClassLoader pluginLoader) throws SQLException, LiquibaseException {
        String schema = schemaOf(moduleId);
        try (Connection connection = owner.getConnection()) {
            List<String> alreadyUnprotected = unprotectedTenantTables(connection);
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + MODULE_ROLE);
                sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + MODULE_ROLE);
                sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO " + MODULE_ROLE);
                sql.execute("SET search_path TO " + schema + ", public");
            }
            try {
                Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
                Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(pluginLoader), database);
                liquibase.setChangeLogParameter("schema", schema);
                liquibase.update(new Contexts(), new LabelExpression());
            } finally {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET search_path TO public");
                }
            }
            List<String> unprotected = unprotectedTenantTables(connection);
            unprotected.removeAll(alreadyUnprotected);
            if (!unprotected.isEmpty()) {
                seal(connection, schema, unprotected);
            }
            return unprotected;
        }
    }

    private void seal(Connection connection, String schema, List<String> tables) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String table : tables) {
                List<String> policies = new ArrayList<>();
                try (var rs = sql.executeQuery("SELECT polname FROM pg_policy WHERE polrelid = '"
                        + table.replace("'", "''") + "'::regclass")) {
                    while (rs.next()) {
                        policies.add(rs.getString(1));
                    }
                }
                for (String policy : policies) {
                    sql.execute("DROP POLICY \"" + policy.replace("\"", "\"\"") + "\" ON " + table);
                }
                sql.execute("SELECT canopy_protect_tenant_table('" + table.replace("'", "''") + "')");
            }
            sql.execute("REVOKE ALL ON ALL TABLES IN SCHEMA " + schema + " FROM " + MODULE_ROLE);
            sql.execute("REVOKE USAGE ON SCHEMA " + schema + " FROM " + MODULE_ROLE);
        }
    }

    /**
     * Every table in the database with a {@code tenant_id} column must have row-level security
     * enabled and forced with exactly one policy, the standard one: any other policy (a permissive
     * one is OR'd with it) could open the table to every tenant.
     */
    static List<String> unprotectedTenantTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(UNPROTECTED)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Tenant tables whose row-level security is anything but the standard, forced policy. */
    public static final String UNPROTECTED = """
            SELECT n.nspname || '.' || c.relname
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
              AND NOT (c.relrowsecurity AND c.relforcerowsecurity
                       AND (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) = 1
                       AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation'
                                   AND p.polcmd = '*' AND p.polpermissive AND p.polroles = '{0}'
                                   AND pg_get_expr(p.polqual, p.polrelid) = '(tenant_id = canopy_current_tenant())'
                                   AND pg_get_expr(p.polwithcheck, p.polrelid) = '(tenant_id = canopy_current_tenant())'))
            ORDER BY 1""";
}
