package org.canopy.platform.core.plugins;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.canopy.platform.core.database.DataSources;
import org.canopy.platform.core.tenancy.TenantScope;

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

    private static final String PREPARE =
            "select set_config('canopy.tenant_id', ?, true), set_config('search_path', ? || ', public', true)";

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
            try (PreparedStatement prepare = connection.prepareStatement(PREPARE)) {
                prepare.setString(1, tenant);
                prepare.setString(2, schema);
                prepare.execute();
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw new ModuleSqlException(e);
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
