package org.canopy.platform.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Real PostgreSQL from Maven Central binaries (zonky), bootstrapped with Canopy's roles and database.
 *
 * <p>The postmaster runs detached from this JVM, so a watchdog child (which dies with the JVM, see
 * {@link ChildProcesses}) stops it if this process is killed outright, and a postmaster left behind
 * by an earlier crash is stopped before a new one starts on the same data directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "canopy";
    public static final String OWNER_ROLE = "canopy_owner";
    public static final String APP_ROLE = "canopy_app";

    private final EmbeddedPostgres postgres;
    private final Process watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Process watchdog) {
        this.postgres = postgres;
        this.watchdog = watchdog;
    }

    /**
     * @param dataDirectory kept between runs (nothing is deleted)
     * @param port          a fixed port, or 0 for any free one
     * @param durable       fsync on (zonky turns it off for speed): for data that must survive a crash
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        stopStalePostmaster(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60));
        if (port > 0) {
            builder.setPort(port);
        }
        if (durable) {
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            bootstrap(postgres);
            return new EmbeddedDatabase(postgres, startWatchdog(dataDirectory));
        } catch (IOException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A connection to Canopy's database as the given role (the embedded server trusts loopback). */
    public Connection connect(String role) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), role, role);
    }

    /** Creates a login role and a database it owns, unless they exist (for Keycloak's own store). */
    public String createDatabase(String name) throws IOException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement sql = superuser.createStatement()) {
            boolean roleExists;
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'")) {
                roleExists = rs.next();
            }
            if (!roleExists) {
                sql.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            boolean exists;
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                sql.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        } catch (SQLException e) {
            throw new IOException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            ChildProcesses.stop(watchdog, Duration.ofSeconds(2));
        }
    }

    private static void bootstrap(EmbeddedPostgres postgres) throws IOException {
        String roles = readResource("bootstrap.sql");
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute(roles);
            boolean exists;
            try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        } catch (SQLException e) {
            throw new IOException("could not bootstrap Canopy's database roles: " + e.getMessage(), e);
        }
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/canopy/database/" + name)) {
            if (in == null) {
                throw new IOException("missing resource canopy/database/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The postmaster writes its pid on the first line of postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
    }

    private static void stopStalePostmaster(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> stale = postmaster(dataDirectory);
        if (stale.isEmpty()) {
            return;
        }
        ProcessHandle process = stale.get();
        process.destroy(); // SIGTERM: PostgreSQL's "smart" shutdown, then we wait
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static Process startWatchdog(Path dataDirectory) throws IOException {
        long pid = postmaster(dataDirectory)
                .orElseThrow(() -> new IOException("PostgreSQL started but wrote no postmaster.pid"))
                .pid();
        // SIGINT is PostgreSQL's fast shutdown; the loop ends by itself if PostgreSQL stops first.
        String script = "trap 'kill -INT " + pid + " 2>/dev/null; exit 0' TERM; "
                + "while kill -0 " + pid + " 2>/dev/null; do sleep 1; done";
        return ChildProcesses.start(new ProcessBuilder("/bin/sh", "-c", script)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD));
    }
}
