package org.canopy.platform.core.plugins;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.database.DataSources;
import org.canopy.platform.core.identity.TenantScope;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs modules' SQL inside a JTA transaction on the application role's pool, after setting — on
 * that connection, for that transaction — the tenant from {@link TenantScope} and the module's
 * schema. Both are set again before every statement, so nothing a module did earlier survives.
 */
@ApplicationScoped
@Transactional
public class TenantSql {

    /** Before a module's statement: its tenant, its schema first, its role. */
    private static final String ENTER = "select set_config('canopy.tenant_id', ?, true),"
            + " set_config('search_path', ? || ', public', true), set_config('role', 'canopy_module', true)";
    /** After it: the core's own role and path again, and proof that the tenant was left alone. */
    private static final String LEAVE = "select set_config('role', 'none', true), set_config('search_path', 'public', true),"
            + " current_setting('canopy.tenant_id', true), current_user";

    @Resource(lookup = DataSources.APP)
    DataSource dataSource;

    /** Work on a connection; exceptions from it are rethrown unchecked (the transaction rolls back). */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T run(String schema, SqlWork<T> work) {
        String tenant = TenantScope.require().tenantId().toString();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement enter = connection.prepareStatement(ENTER)) {
                enter.setString(1, tenant);
                enter.setString(2, schema);
                enter.execute();
            }
            T result = work.run(connection);
            leave(connection, tenant);
            return result;
        } catch (SQLException e) {
            throw new ModuleSqlException(e);
        }
    }

    /**
     * Restores the core's role and search path, then checks the tenant setting is still the one the
     * core set: a module that changed it (for the session, or for the transaction) gets nothing back,
     * and the setting is cleared so no later use of the pooled connection inherits it.
     */
    private static void leave(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement leave = connection.prepareStatement(LEAVE); var rs = leave.executeQuery()) {
            rs.next();
            if (!tenant.equals(rs.getString(3))) {
                try (PreparedStatement clear = connection.prepareStatement(
                        "select set_config('canopy.tenant_id', '', false), set_config('canopy.tenant_id', '', true)")) {
                    clear.execute();
                }
                throw new SecurityException("a module changed the tenant of its connection; its work is rolled back");
            }
        }
    }

    /** Joins (or starts) one transaction around {@code work}. */
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    /** A module's SQL failed; a 500 for that request, with the database's message in the log. */
    public static final class ModuleSqlException extends RuntimeException {
        ModuleSqlException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
