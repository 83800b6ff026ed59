package org.canopy.platform.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.database.DataSources;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready when start-up finished and the database answers; otherwise DOWN, with the cause when known. */
@Readiness
@ApplicationScoped
public class CoreReadiness implements HealthCheck {

    public static final String NAME = "canopy";

    @Inject
    StartupState state;

    @Resource(lookup = DataSources.APP)
    DataSource database;

    @Override
    public HealthCheckResponse call() {
        if (state.failure().isPresent()) {
            return HealthCheckResponse.named(NAME).down().withData("cause", state.failure().get()).build();
        }
        if (!state.isReady()) {
            return HealthCheckResponse.named(NAME).down().withData("starting", true).build();
        }
        try (Connection connection = database.getConnection()) {
            return HealthCheckResponse.named(NAME).status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("database", e.getMessage()).build();
        }
    }

    /** Alive as long as the application is deployed; a failed start is a readiness matter. */
    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up(NAME);
        }
    }
}
