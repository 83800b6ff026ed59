package org.canopy.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The embedded default: {@code Launcher [--port=8080] [--db-port=54329] [--data=data] [--war=…]
 * [--tenants=tenants] [--plugins=plugins]}. Prints the database URL and, once the core is
 * ready, its URL; on a failed start prints the cause and exits 1. Ctrl-C stops everything.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        Path home = Path.of("").toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        Path tenants = home.resolve(options.getOrDefault("tenants", "tenants"));
        Path data = home.resolve(options.getOrDefault("data", "data"));
        Path plugins;
        try {
            plugins = BuiltPlugins.install(home.resolve(options.getOrDefault("plugins", "plugins")), data.resolve("plugins"));
        } catch (IOException e) {
            System.err.println("canopy: cannot install the built plugins: " + e.getMessage());
            System.exit(1);
            return;
        }
        EmbeddedPlatform.Options platformOptions = new EmbeddedPlatform.Options(
                data,
                Integer.parseInt(options.getOrDefault("db-port", "54329")),
                true,
                port,
                home.resolve(options.getOrDefault("war", "platform/core/target/canopy-core.war")),
                Path.of(options.getOrDefault("payara", defaultPayaraJar().toString())),
                coreProperties(tenants, plugins));
        try {
            EmbeddedPlatform platform = EmbeddedPlatform.start(platformOptions,
                    database -> System.out.println("canopy: database " + database.jdbcUrl()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(platform), "canopy-shutdown"));
            System.out.println("canopy: log " + platform.server().logFile());
            System.out.println("canopy: ready http://localhost:" + port + "/");
            int exit = platform.server().process().waitFor();
            System.err.println("canopy: Payara Micro stopped (exit " + exit + ")");
            System.exit(exit == 0 ? 0 : 1);
        } catch (PayaraMicroServer.StartupFailure e) {
            System.err.println("canopy: failed to start: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("canopy: failed to start: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    /** Until the identity issue wires Keycloak in, the API trusts the issuer Keycloak will have. */
    private static Map<String, String> coreProperties(Path tenants, Path plugins) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("canopy.plugins.dir", plugins.toString());
        if (Files.isDirectory(tenants)) {
            properties.put("canopy.tenants.dir", tenants.toString());
        }
        String issuer = "http://localhost:8180/realms/canopy";
        properties.put("mp.jwt.verify.issuer", issuer);
        properties.put("mp.jwt.verify.publickey.location", issuer + "/protocol/openid-connect/certs");
        properties.put("mp.jwt.verify.audiences", "canopy-api");
        return properties;
    }

    private static Path defaultPayaraJar() {
        try {
            Path launcherJar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return launcherJar.resolveSibling("payara").resolve("payara-micro.jar");
        } catch (java.net.URISyntaxException e) {
            return Path.of("platform/launcher/target/payara/payara-micro.jar");
        }
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
