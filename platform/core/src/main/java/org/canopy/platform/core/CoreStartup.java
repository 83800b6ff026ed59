package org.canopy.platform.core;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.canopy.platform.core.database.DataSources;
import org.canopy.platform.core.database.Migrations;
import org.canopy.platform.core.health.StartupState;
import org.canopy.platform.core.manifests.ManifestException;
import org.canopy.platform.core.manifests.ManifestProvisioner;
import org.canopy.platform.core.plugins.PluginHost;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Migrates the database, starts the plugins of {@code canopy.plugins.dir} (each migrating its own
 * schema), then applies the tenant manifests in {@code canopy.tenants.dir}, if those are set.
 * A failure does not abort the deployment: it is kept in {@link StartupState}, so readiness reports
 * it (the launcher prints it) and the API answers 503 instead of running on a half-built schema.
 * It depends on every area it starts, so it sits at the root with the application, where nothing
 * depends on it.
 */
@Singleton
@Startup
@DependsOn("DataSources")
@TransactionManagement(TransactionManagementType.BEAN)
public class CoreStartup {

    private static final Logger LOG = Logger.getLogger(CoreStartup.class.getName());

    @Resource(lookup = DataSources.OWNER)
    DataSource owner;

    @Inject
    @ConfigProperty(name = "db.app.user", defaultValue = "canopy_app")
    String appRole;

    @Inject
    @ConfigProperty(name = "canopy.tenants.dir")
    Optional<String> tenantsDirectory;

    @Inject
    @ConfigProperty(name = "canopy.plugins.dir")
    Optional<String> pluginsDirectory;

    @Inject
    ManifestProvisioner manifests;

    @Inject
    PluginHost plugins;

    @Inject
    StartupState state;

    @Resource
    UserTransaction transaction;

    /** Held while one instance migrates and provisions, so instances started together take turns. */
    private static final long STARTUP_LOCK = 0x63616e6f7079L;

    @PostConstruct
    void start() {
        try (Connection lockHolder = owner.getConnection(); Statement lock = lockHolder.createStatement()) {
            lock.execute("select pg_advisory_lock(" + STARTUP_LOCK + ")");
            try {
                startLocked();
            } finally {
                lock.execute("select pg_advisory_unlock(" + STARTUP_LOCK + ")");
            }
        } catch (SQLException e) {
            fail("database unavailable at start-up: " + rootMessage(e), e);
        }
    }

    private void startLocked() {
        try {
            Migrations.run(owner, appRole);
        } catch (Exception e) {
            fail("database migration failed: " + rootMessage(e), e);
            return;
        }
        Optional<Path> pluginDirectory = pluginsDirectory.map(Path::of);
        if (pluginDirectory.isPresent() && !Files.isDirectory(pluginDirectory.get())) {
            fail("canopy.plugins.dir is not a directory: " + pluginDirectory.get().toAbsolutePath(), null);
            return;
        }
        pluginDirectory.ifPresent(directory -> plugins.start(directory, owner, appRole));
        Optional<Path> manifestDirectory = tenantsDirectory.map(Path::of);
        if (manifestDirectory.isPresent() && !Files.isDirectory(manifestDirectory.get())) {
            fail("canopy.tenants.dir is not a directory: " + manifestDirectory.get().toAbsolutePath(), null);
            return;
        }
        try {
            manifestDirectory.ifPresent(this::applyManifests);
        } catch (ManifestException e) {
            fail("tenant manifests rejected, nothing was written:\n  " + e.errors().stream()
                    .map(Object::toString).collect(Collectors.joining("\n  ")), null);
            return;
        } catch (RuntimeException e) {
            fail("tenant manifests could not be applied: " + rootMessage(e), e);
            return;
        }
        state.ready();
    }

    /**
     * Each manifest in a transaction this bean begins: the container enlists connections in a
     * transaction begun from the start-up bean, not in one a CDI interceptor begins under it, and
     * modules' seeding (onEnabled) relies on transaction-local settings, which an unenlisted
     * (autocommit) connection forgets after each statement.
     */
    private void applyManifests(Path directory) {
        manifests.applyDirectory(directory, new ManifestProvisioner.TransactionBoundary() {
            @Override
            public <T> T around(Supplier<T> work) {
                return inTransaction(work);
            }
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        try {
            transaction.begin();
            T result = work.get();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not roll back a tenant manifest's transaction", e);
        }
    }

    private void fail(String cause, Exception e) {
        LOG.log(Level.SEVERE, cause, e);
        state.failed(cause);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }
}
