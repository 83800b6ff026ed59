package org.canopy.platform.core.database;

import org.canopy.platform.core.identity.TenantScope;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets {@code canopy.tenant_id} transaction-locally on every connection EclipseLink acquires, from
 * {@link TenantScope}; with no tenant in scope it sets nothing usable, so row-level security shows
 * zero rows. Needs {@code eclipselink.jdbc.exclusive-connection.mode=Always} (persistence.xml), or
 * reads would run on a shared connection without the setting.
 */
public class TenantSessionListener extends SessionEventAdapter {

    static final String SET_TENANT = "select set_config('canopy.tenant_id', ?, true)";

    @Override
    public void postAcquireConnection(SessionEvent event) {
        Connection connection = ((Accessor) event.getResult()).getConnection();
        String tenant = TenantScope.current().map(context -> context.tenantId().toString()).orElse("");
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on the connection", e);
        }
    }
}
