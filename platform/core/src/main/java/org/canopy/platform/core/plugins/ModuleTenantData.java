package org.canopy.platform.core.plugins;

import org.canopy.platform.api.TenantData;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** {@link TenantData} for one module: its schema, the current tenant, and no way to change either. */
final class ModuleTenantData implements TenantData {

    /** One statement that reads or writes rows: nothing else is for modules. */
    private static final Pattern ROW_STATEMENT = Pattern.compile("(?is)^\\s*(select|insert|update|delete|with)\\b[^;]*$");
    /** Functions and spellings that reach session settings or hide a name from this check. */
    private static final Pattern SESSION_SETTINGS = Pattern.compile(
            "(?is).*(set_config|current_setting|canopy\\.tenant_id|u&['\"]|/\\*|--).*");

    private final String schema;
    private final TenantSql sql;

    ModuleTenantData(String schema, TenantSql sql) {
        this.schema = schema;
        this.sql = sql;
    }

    @Override
    public <T> List<T> query(String statement, RowMapper<T> mapper, Object... parameters) {
        return sql.run(schema, connection -> {
            try (PreparedStatement prepared = prepare(connection, statement, parameters);
                 ResultSet rows = prepared.executeQuery()) {
                List<T> results = new ArrayList<>();
                while (rows.next()) {
                    results.add(mapper.map(rows));
                }
                return results;
            }
        });
    }

    @Override
    public int update(String statement, Object... parameters) {
        return sql.run(schema, connection -> {
            try (PreparedStatement prepared = prepare(connection, statement, parameters)) {
                return prepared.executeUpdate();
            }
        });
    }

    @Override
    public <T> T inTransaction(Function<TenantData, T> work) {
        return sql.inTransaction(() -> work.apply(this));
    }

    /**
     * Whether a module may not run {@code statement}: more than one statement, anything but
     * SELECT/INSERT/UPDATE/DELETE/WITH, comments, or a reach for session settings. (The core also
     * runs module SQL as a role without platform tables, and verifies the tenant after each statement.)
     */
    static boolean changesSession(String statement) {
        return !ROW_STATEMENT.matcher(statement).matches() || SESSION_SETTINGS.matcher(statement).matches();
    }

    private static PreparedStatement prepare(java.sql.Connection connection, String statement, Object... parameters)
            throws SQLException {
        if (changesSession(statement)) {
            throw new IllegalArgumentException("modules may not change session settings: " + statement);
        }
        PreparedStatement prepared = connection.prepareStatement(statement);
        try {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }
}
