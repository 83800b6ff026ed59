package org.canopy.platform.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * SQL for a module, run by the core on its own connection with the tenant set: row-level security
 * limits every statement to the current tenant's rows, with or without a {@code where tenant_id}.
 * Unqualified names resolve in the module's schema first, then in {@code public}. Statements that
 * touch session settings ({@code set_config}, {@code SET}, {@code RESET}) are refused.
 * Parameters are bound in order ({@code ?}). Each call is its own transaction unless inside
 * {@link #inTransaction}.
 */
public interface TenantData {

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters);

    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    /** An insert, update or delete; returns the number of rows changed. */
    int update(String sql, Object... parameters);

    /** Runs {@code work} in one transaction: all its statements commit together or not at all. */
    <T> T inTransaction(Function<TenantData, T> work);

    /** Maps the current row of a result. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
