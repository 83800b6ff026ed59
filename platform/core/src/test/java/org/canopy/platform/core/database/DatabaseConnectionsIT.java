package org.canopy.platform.core.database;

import org.canopy.platform.testkit.ApiClient;
import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool outlives the database's connections: when every pooled connection is closed by the server
 * (as a PostgreSQL restart or failover does), the next requests get new connections instead of a 500;
 * and the application's sessions carry timeouts, so a held lock or a runaway statement cannot hold a
 * connection for long.
 */
@ExtendWith(CanopyPlatform.class)
class DatabaseConnectionsIT {

    @Test
    void requestsSucceedRightAfterTheServerClosedEveryPooledConnection(RunningPlatform platform) throws SQLException {
        String trust = platform.newTenant("reconnect", "trust");
        platform.newSchool(trust, "300001", "primary");
        ApiClient executive = platform.member(trust, "trust-executive");
        executive.get("/api/t/" + trust + "/schools").expectStatus(200);

        assertThat(terminateOtherApplicationSessions(platform)).isPositive();

        for (int request = 0; request < 5; request++) {
            assertThat(executive.get("/api/t/" + trust + "/schools").expectStatus(200).json().size()).isEqualTo(1);
        }
    }

    @Test
    void theApplicationsSessionsCarryStatementLockAndIdleTransactionTimeouts(RunningPlatform platform) throws SQLException {
        try (Connection app = platform.connectAsApp(); Statement sql = app.createStatement()) {
            assertThat(List.of(setting(sql, "statement_timeout"), setting(sql, "lock_timeout"),
                    setting(sql, "idle_in_transaction_session_timeout"))).containsExactly("30s", "5s", "1min");
        }
    }

    private static int terminateOtherApplicationSessions(RunningPlatform platform) throws SQLException {
        try (Connection app = platform.connectAsApp(); Statement sql = app.createStatement();
             ResultSet terminated = sql.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                     + " WHERE usename = 'canopy_app' AND pid <> pg_backend_pid()")) {
            terminated.next();
            return terminated.getInt(1);
        }
    }

    private static String setting(Statement sql, String name) throws SQLException {
        try (ResultSet value = sql.executeQuery("SHOW " + name)) {
            value.next();
            return value.getString(1);
        }
    }
}
