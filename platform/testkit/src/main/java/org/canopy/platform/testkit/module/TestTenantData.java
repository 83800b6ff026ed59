package org.canopy.platform.testkit.module;

import org.canopy.platform.api.TenantData;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A module's SQL as the platform runs it (the core's {@code TenantSql} and {@code ModuleTenantData},
 * which live in the server's WAR behind CDI and JTA): on the application role's connection, each
 * statement after setting the tenant, the module's schema first on the path and the
 * {@code canopy_module} role, for that transaction only; statements that reach for session settings
 * refused; the tenant checked untouched afterwards. Each call commits on its own unless inside
 * {@link #inTransaction}, which commits or rolls back its statements together.
 */
final class TestTenantData implements TenantData {

    static final String MODULE_ROLE = "canopy_module";

    private static final Pattern ROW_STATEMENT = Pattern.compile("(?is)^\\s*(select|insert|update|delete|with)\\b[^;]*$");
    private static final Pattern SESSION_SETTINGS = Pattern.compile(
            "(?is).*(set_config|current_setting|canopy\\.tenant_id|u&['\"]|/\\*|--).*");
    private static final String ENTER = "select set_config('canopy.tenant_id', ?, true),"
            + " set_config('search_path', ? || ', public', true), set_config('role', '" + MODULE_ROLE + "', true)";
    private static final String LEAVE = "select set_config('role', 'none', true), set_config('search_path', 'public', true),"
            + " current_setting('canopy.tenant_id', true)";

    /**
     * The application role's connection, as a pooled one is: kept open, without auto-commit; whoever
     * takes it ends each transaction (commit or roll back) and never closes it.
     */
    @FunctionalInterface
    interface Connections {
        Connection take() throws SQLException;
    }

    private final Connections connections;
    private final String schema;
    private final UUID tenant;
    private Connection transaction;

    TestTenantData(Connections connections, String schema, UUID tenant) {
        this.connections = connections;
        this.schema = schema;
        this.tenant = tenant;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                List<T> results = new ArrayList<>();
                while (rows.next()) {
                    results.add(mapper.map(rows));
                }
                return results;
            }
        });
    }

    @Override
    public int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    @Override
    public <T> T inTransaction(Function<TenantData, T> work) {
        if (transaction != null) {
            return work.apply(this);
        }
        try {
            Connection connection = connections.take();
            transaction = connection;
            try {
                T result = work.apply(this);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                transaction = null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Execution<T> {
        T execute(PreparedStatement statement) throws SQLException;
    }

    private <T> T run(String sql, Object[] parameters, Execution<T> execution) {
        if (!ROW_STATEMENT.matcher(sql).matches() || SESSION_SETTINGS.matcher(sql).matches()) {
            throw new IllegalArgumentException("modules may not change session settings: " + sql);
        }
        if (transaction != null) {
            return statement(transaction, sql, parameters, execution);
        }
        try {
            Connection connection = connections.take();
            try {
                T result = statement(connection, sql, parameters, execution);
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Failures come back as the platform gives them to a module: unchecked, with the database's message. */
    private <T> T statement(Connection connection, String sql, Object[] parameters, Execution<T> execution) {
        try {
            try (PreparedStatement enter = connection.prepareStatement(ENTER)) {
                enter.setString(1, tenant.toString());
                enter.setString(2, schema);
                enter.execute();
            }
            T result;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                result = execution.execute(statement);
            }
            try (PreparedStatement leave = connection.prepareStatement(LEAVE); ResultSet left = leave.executeQuery()) {
                left.next();
                if (!tenant.toString().equals(left.getString(3))) {
                    throw new SecurityException("the module changed the tenant of its connection");
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
