package org.canopy.platform.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole platform on one machine: embedded PostgreSQL plus Payara Micro running the core WAR,
 * configured the way the core reads its configuration (MicroProfile Config system properties).
 * The launcher runs it for people; the testkit runs it once per test run.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(Long.getLong("canopy.ready.wait-minutes", 4));

    private final EmbeddedDatabase database;
    private final PayaraMicroServer server;

    private EmbeddedPlatform(EmbeddedDatabase database, PayaraMicroServer server) {
        this.database = database;
        this.server = server;
    }

    /**
     * @param dataDirectory       PostgreSQL's data and the server log live here
     * @param databasePort        0 for any free port
     * @param durable             whether the database must survive a crash (the launcher) or not (tests)
     * @param coreProperties      further configuration for the core (identity, tenant manifests…)
     */
    public record Options(Path dataDirectory, int databasePort, boolean durable, int httpPort, Path war, Path payaraJar,
                          Map<String, String> coreProperties) {
    }

    public static EmbeddedPlatform start(Options options) throws IOException, PayaraMicroServer.StartupFailure {
        return start(options, database -> Map.of());
    }

    /** What starts once PostgreSQL is up and before the core (Keycloak); returns more core configuration. */
    @FunctionalInterface
    public interface BeforeCore {
        Map<String, String> start(EmbeddedDatabase database) throws IOException, PayaraMicroServer.StartupFailure;
    }

    /** As {@link #start(Options)}, running {@code beforeCore} as soon as PostgreSQL is up. */
    public static EmbeddedPlatform start(Options options, BeforeCore beforeCore)
            throws IOException, PayaraMicroServer.StartupFailure {
        EmbeddedDatabase database = EmbeddedDatabase.start(options.dataDirectory().resolve("postgres"),
                options.databasePort(), options.durable());
        try {
            Map<String, String> properties = new LinkedHashMap<>(options.coreProperties());
            properties.putAll(beforeCore.start(database));
            PayaraMicroServer server = PayaraMicroServer.start(new PayaraMicroServer.Settings(
                    options.payaraJar(), options.war(), options.httpPort(),
                    options.dataDirectory().resolve("logs").resolve("payara.log"),
                    coreProperties(database, properties), "768m"));
            EmbeddedPlatform platform = new EmbeddedPlatform(database, server);
            try {
                server.awaitReady(READY_TIMEOUT);
            } catch (PayaraMicroServer.StartupFailure | RuntimeException e) {
                platform.close();
                throw e;
            }
            return platform;
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public PayaraMicroServer server() {
        return server;
    }

    public URI baseUri() {
        return server.baseUri();
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            database.close();
        }
    }

    private static Map<String, String> coreProperties(EmbeddedDatabase database, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("db.url", database.jdbcUrl());
        properties.put("db.app.user", EmbeddedDatabase.APP_ROLE);
        properties.put("db.app.password", EmbeddedDatabase.APP_ROLE);
        properties.put("db.owner.user", EmbeddedDatabase.OWNER_ROLE);
        properties.put("db.owner.password", EmbeddedDatabase.OWNER_ROLE);
        properties.putAll(extra);
        return properties;
    }
}
