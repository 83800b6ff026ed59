package org.canopy.platform.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.launcher.EmbeddedDatabase;
import org.canopy.platform.launcher.EmbeddedKeycloak;
import org.canopy.platform.launcher.EmbeddedPlatform;
import org.canopy.platform.launcher.PayaraMicroServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The platform under test: its URL, callers with real Keycloak tokens for any role, fixtures and raw database access. */
public final class RunningPlatform implements AutoCloseable {

    private static final AtomicInteger TENANTS = new AtomicInteger();

    private final EmbeddedPlatform platform;
    private final EmbeddedKeycloak keycloak;
    private final TestIdentity identity;

    RunningPlatform(EmbeddedPlatform platform, EmbeddedKeycloak keycloak) {
        this.platform = platform;
        this.keycloak = keycloak;
        this.identity = new TestIdentity(keycloak);
    }

    /**
     * Starts a real Keycloak (in-memory store, the realm template of infra/keycloak) and a platform
     * whose API trusts it. {@link CanopyPlatform} does this once per test run; benchmarks call it directly.
     *
     * @param work      data directory (PostgreSQL's data, the logs, Keycloak unpacked for this run alone,
     *                  so that parallel runs never share its files)
     * @param manifests tenant manifests to apply at start-up, if any
     * @param plugins   the plugins directory, if any
     */
    public static RunningPlatform start(Path work, Path war, Path payaraJar, Path keycloakZip, Optional<Path> manifests,
                                        Optional<Path> plugins) {
        try {
            Map<String, String> properties = new HashMap<>();
            manifests.ifPresent(directory -> properties.put("canopy.tenants.dir", directory.toString()));
            plugins.ifPresent(directory -> properties.put("canopy.plugins.dir", directory.toString()));
            System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("canopy.module."))
                    .forEach(name -> properties.put(name, System.getProperty(name))); // modules' settings for the test run
            int[] ports = freePorts(3); // held open together, so no two of them can be the same
            int httpPort = ports[0];
            String provisionerSecret = UUID.randomUUID().toString();
            String consoleSecret = UUID.randomUUID().toString();
            EmbeddedKeycloak[] keycloak = new EmbeddedKeycloak[1];
            EmbeddedPlatform platform = EmbeddedPlatform.start(
                    new EmbeddedPlatform.Options(work, 0, false, httpPort, war, payaraJar, properties),
                    database -> {
                        keycloak[0] = EmbeddedKeycloak.start(new EmbeddedKeycloak.Settings(keycloakZip,
                                work.resolve("keycloak"), ports[1], ports[2], null, UUID.randomUUID().toString(),
                                Map.of("CANOPY_CONSOLE_URL", "http://localhost:" + httpPort,
                                        "CANOPY_CONSOLE_SECRET", consoleSecret,
                                        "CANOPY_PROVISIONER_SECRET", provisionerSecret),
                                TestIdentity.clients(), work.resolve("logs").resolve("keycloak.log")));
                        // a fresh Keycloak augments itself first: minutes more on a loaded machine
                        keycloak[0].awaitReady(keycloakReadyTimeout());
                        return Map.of("mp.jwt.verify.issuer", keycloak[0].issuer(),
                                "mp.jwt.verify.publickey.location", keycloak[0].issuer() + "/protocol/openid-connect/certs",
                                "mp.jwt.verify.audiences", "canopy-api",
                                "canopy.keycloak.url", keycloak[0].baseUri().toString(),
                                "canopy.keycloak.provisioner.secret", provisionerSecret,
                                "canopy.console.client-secret", consoleSecret);
                    });
            return new RunningPlatform(platform, keycloak[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PayaraMicroServer.StartupFailure e) {
            throw new IllegalStateException("the platform did not start: " + e.getMessage(), e);
        }
    }

    /** Four minutes, or {@code canopy.keycloak.wait-minutes} for a machine known to be slower (a shared, loaded one). */
    private static Duration keycloakReadyTimeout() {
        return Duration.ofMinutes(Long.getLong("canopy.keycloak.wait-minutes", 4));
    }

    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    public URI baseUri() {
        return platform.baseUri();
    }

    /**
     * Stops this run's Keycloak for good: for the outage tests, which must run last (they carry
     * {@code @Order(Integer.MAX_VALUE)}; the build orders test classes by that annotation).
     */
    public void stopIdentityProvider() {
        keycloak.close();
    }

    /** Real tokens (and expired, tampered, misaddressed ones) from this run's Keycloak. */
    public TestIdentity identity() {
        return identity;
    }

    /** A caller with no token at all. */
    public ApiClient anonymous() {
        return new ApiClient(baseUri(), null, Map.of());
    }

    public ApiClient withToken(String token) {
        return new ApiClient(baseUri(), token, Map.of());
    }

    public ApiClient operator() {
        return as("operator", List.of("platform-operator"), List.of());
    }

    /**
     * A caller with these roles in these tenants: a Keycloak account (realm roles, organization
     * memberships) and, in each tenant, the role assignments over the whole tenant that make the
     * roles count there (written directly, as a fixture).
     */
    public ApiClient as(String username, List<String> roles, List<String> tenants) {
        tenants.forEach(tenant -> assignInCanopy(tenant, username, roles));
        return withToken(identity.token(username, roles, tenants));
    }

    /**
     * A caller whose Keycloak account has these realm roles and memberships but who holds no role
     * assignment in Canopy yet: for tests that assign school-level roles through the API.
     */
    public ApiClient accountOnly(String username, List<String> roles, List<String> tenants) {
        return withToken(identity.token(username, roles, tenants));
    }

    private static final String GRANT = "insert into role_assignment (tenant_id, id, subject, display_name, role, school_id)"
            + " values (?::uuid, gen_random_uuid(), lower(?), ?, ?, null) on conflict do nothing";

    private void assignInCanopy(String tenant, String username, List<String> roles) {
        try (Connection app = connectAsApp()) {
            app.setAutoCommit(false);
            String tenantId;
            try (PreparedStatement find = app.prepareStatement("select id from tenant where slug = ?")) {
                find.setString(1, tenant);
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        return; // a tenant that does not exist: nothing to grant
                    }
                    tenantId = rs.getString(1);
                }
            }
            try (PreparedStatement scope = app.prepareStatement("select set_config('canopy.tenant_id', ?, true)")) {
                scope.setString(1, tenantId);
                scope.execute();
            }
            try (PreparedStatement grant = app.prepareStatement(GRANT)) {
                for (String role : roles) {
                    grant.setString(1, tenantId);
                    grant.setString(2, username);
                    grant.setString(3, username);
                    grant.setString(4, role.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    grant.executeUpdate();
                }
            }
            app.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not assign " + roles + " to " + username + " in " + tenant, e);
        }
    }

    /** A caller with one role in one tenant. */
    public ApiClient member(String tenant, String role) {
        return as(role + "@" + tenant, List.of(role), List.of(tenant));
    }

    /** Creates a fresh tenant through the operator API; its slug is unique in this test run. */
    public String newTenant(String prefix, String kind) {
        String slug = prefix + "-" + ProcessHandle.current().pid() + "-" + TENANTS.incrementAndGet();
        ApiResponse response = operator().post("/api/platform/tenants",
                Map.of("slug", slug, "name", "Test " + slug, "kind", kind));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create tenant " + slug + ": " + response);
        }
        return slug;
    }

    /** Creates a school in {@code tenant} as its executive; returns the created school. */
    public JsonNode newSchool(String tenant, String urn, String phase) {
        ApiResponse response = member(tenant, "trust-executive").post("/api/t/" + tenant + "/schools", Map.of(
                "urn", urn, "name", "School " + urn, "phase", phase, "localAuthority", "Leeds",
                "region", "yorkshire-and-the-humber", "pupils", 300, "fsmPercent", 18.5, "ofsted", "good",
                "joinedOn", "2020-09-01"));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create school " + urn + " in " + tenant + ": " + response);
        }
        return response.json();
    }

    /** A connection to Canopy's database as the application role, which row-level security binds. */
    public Connection connectAsApp() throws SQLException {
        return platform.database().connect(EmbeddedDatabase.APP_ROLE);
    }

    /** A connection as the owner role; with forced row-level security it sees no tenant rows either. */
    public Connection connectAsOwner() throws SQLException {
        return platform.database().connect(EmbeddedDatabase.OWNER_ROLE);
    }

    public String jdbcUrl() {
        return platform.database().jdbcUrl();
    }

    @Override
    public void close() throws IOException {
        try {
            platform.close();
        } finally {
            keycloak.close();
        }
    }
}
