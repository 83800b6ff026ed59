package org.canopy.platform.core.plugins;

import org.canopy.platform.api.TenantData;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.identity.TenantScope;

import java.util.List;
import java.util.function.Function;

/**
 * {@link TenantData} that runs every statement in a tenant scope of its own rather than the request's:
 * for a module used in a tenant other than the one the request came in by (a hub's adviser on a
 * trust's school), whose route methods are called after the request's gate has set the hub.
 */
final class InTenantScope implements TenantData {

    private final TenantContext scope;
    private final TenantData data;

    InTenantScope(TenantContext scope, TenantData data) {
        this.scope = scope;
        this.data = data;
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return TenantScope.call(scope, () -> data.query(sql, mapper, parameters));
    }

    @Override
    public int update(String sql, Object... parameters) {
        return TenantScope.call(scope, () -> data.update(sql, parameters));
    }

    @Override
    public <T> T inTransaction(Function<TenantData, T> work) {
        return TenantScope.call(scope, () -> data.inTransaction(work));
    }
}
