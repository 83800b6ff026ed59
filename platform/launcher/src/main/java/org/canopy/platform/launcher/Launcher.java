package org.canopy.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The embedded default: {@code Launcher [--port=8080] [--identity-port=8180] [--db-port=54329]
 * [--data=data] [--war=…] [--tenants=tenants] [--plugins=plugins]}. Starts PostgreSQL, Keycloak
 * (its own database on that PostgreSQL) and Payara Micro with the core and the built plugins;
 * prints the database, the identity provider, one demo login per role and tenant and, once the
 * core is ready, its URL. On a failed start prints the cause and exits 1. Ctrl-C stops everything.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        Path home = Path.of("").toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        int identityPort = Integer.parseInt(options.getOrDefault("identity-port", "8180"));
        Path tenants = home.resolve(options.getOrDefault("tenants", "tenants"));
        Path data = home.resolve(options.getOrDefault("data", "data"));
        Properties build = buildProperties();
        EmbeddedKeycloak[] keycloak = new EmbeddedKeycloak[1];
        try {
            Path plugins = BuiltPlugins.install(home.resolve(options.getOrDefault("plugins", "plugins")), data.resolve("plugins"));
            Secrets secrets = Secrets.load(data.resolve("keycloak").resolve("secrets.properties"));
            EmbeddedPlatform.Options platformOptions = new EmbeddedPlatform.Options(
                    data,
                    Integer.parseInt(options.getOrDefault("db-port", "54329")),
                    true,
                    port,
                    home.resolve(options.getOrDefault("war", "platform/core/target/canopy-core.war")),
                    Path.of(options.getOrDefault("payara", build.getProperty("payara.micro.jar"))),
                    coreProperties(tenants, plugins));
            EmbeddedPlatform platform = EmbeddedPlatform.start(platformOptions, database -> {
                System.out.println("canopy: database " + database.jdbcUrl());
                keycloak[0] = EmbeddedKeycloak.start(new EmbeddedKeycloak.Settings(
                        Path.of(build.getProperty("keycloak.dist.zip")),
                        data.resolve("keycloak").resolve("keycloak-" + build.getProperty("keycloak.version")),
                        identityPort, identityPort + 1000, database.createDatabase("keycloak"),
                        secrets.get("admin"),
                        Map.of("CANOPY_CONSOLE_URL", "http://localhost:" + port,
                                "CANOPY_CONSOLE_SECRET", secrets.get("console"),
                                "CANOPY_PROVISIONER_SECRET", secrets.get("provisioner")),
                        List.of(cliClient()), data.resolve("logs").resolve("keycloak.log")));
                keycloak[0].awaitReady(Duration.ofMinutes(5));
                System.out.println("canopy: identity " + keycloak[0].issuer());
                return identityProperties(keycloak[0], secrets);
            });
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                closeQuietly(platform);
                keycloak[0].close();
            }, "canopy-shutdown"));
            for (KeycloakDemoLogins.Login login : KeycloakDemoLogins.prepare(keycloak[0])) {
                System.out.println(login);
            }
            System.out.println("canopy: log " + platform.server().logFile());
            System.out.println("canopy: ready http://localhost:" + port + "/");
            int exit = platform.server().process().waitFor();
            System.err.println("canopy: Payara Micro stopped (exit " + exit + ")");
            System.exit(exit == 0 ? 0 : 1);
        } catch (PayaraMicroServer.StartupFailure | IOException | RuntimeException e) {
            System.err.println("canopy: failed to start: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Embedded default only: a public client with direct access grants, for curl and scripts. */
    private static Map<String, Object> cliClient() {
        return Map.of("clientId", "canopy-cli", "name", "Canopy command line (embedded default only)",
                "enabled", true, "publicClient", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", true,
                "protocol", "openid-connect",
                "defaultClientScopes", List.of("profile", "email", "basic", "roles"),
                "optionalClientScopes", List.of("organization"));
    }

    private static Map<String, String> identityProperties(EmbeddedKeycloak keycloak, Secrets secrets) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("mp.jwt.verify.issuer", keycloak.issuer());
        properties.put("mp.jwt.verify.publickey.location", keycloak.issuer() + "/protocol/openid-connect/certs");
        properties.put("mp.jwt.verify.audiences", "canopy-api");
        properties.put("canopy.keycloak.url", keycloak.baseUri().toString());
        properties.put("canopy.keycloak.realm", EmbeddedKeycloak.REALM);
        properties.put("canopy.keycloak.provisioner.secret", secrets.get("provisioner"));
        properties.put("canopy.console.client-secret", secrets.get("console"));
        return properties;
    }

    private static Map<String, String> coreProperties(Path tenants, Path plugins) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("canopy.plugins.dir", plugins.toString());
        if (Files.isDirectory(tenants)) {
            properties.put("canopy.tenants.dir", tenants.toString());
        }
        // the demo tenants get two years of published audits when they first enable the CPD audit
        properties.put("canopy.module.cpd-audit.demo-data", "true");
        return properties;
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (var in = Launcher.class.getResourceAsStream("/canopy-launcher.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("canopy-launcher.properties is missing from the launcher jar", e);
        }
        return properties;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                System.err.println("canopy: ignoring argument " + arg + " (expected --name=value)");
                continue;
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

    private static void closeQuietly(EmbeddedPlatform platform) {
        try {
            platform.close();
        } catch (IOException | RuntimeException e) {
            System.err.println("canopy: error while stopping: " + e.getMessage());
        }
    }
}
