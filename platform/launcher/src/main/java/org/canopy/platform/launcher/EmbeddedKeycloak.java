package org.canopy.platform.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real Keycloak from its Maven Central distribution, unpacked under the data directory (so a
 * {@code mvn clean} does not force its slow first start again), storing its data in its own
 * database on the embedded PostgreSQL, with the realm template of {@code infra/keycloak} imported
 * on first start.
 */
public final class EmbeddedKeycloak implements AutoCloseable {

    public static final String REALM = "canopy";
    public static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final String adminPassword;

    private EmbeddedKeycloak(Process process, int httpPort, int managementPort, String adminPassword) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.adminPassword = adminPassword;
    }

    /**
     * @param databaseUrl   Keycloak's own database, or null for an in-memory store (tests)
     * @param clients       extra clients for the realm (the embedded default's canopy-cli)
     * @param placeholders  values for the template's ${…} placeholders
     */
    public record Settings(Path distributionZip, Path home, int httpPort, int managementPort, String databaseUrl,
                           String adminPassword, Map<String, String> placeholders, List<Map<String, Object>> clients,
                           Path logFile) {
    }

    public static EmbeddedKeycloak start(Settings settings) throws IOException {
        Path home = install(settings.distributionZip(), settings.home());
        writeRealm(home.resolve("data").resolve("import").resolve("canopy-realm.json"), settings);
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + settings.httpPort(),
                "--http-management-port=" + settings.managementPort(),
                "--hostname=http://localhost:" + settings.httpPort(), "--health-enabled=true", "--import-realm"));
        if (settings.databaseUrl() == null) {
            command.add("--db=dev-mem");
        } else {
            command.addAll(List.of("--db=postgres", "--db-url=" + settings.databaseUrl(),
                    "--db-username=keycloak", "--db-password=keycloak"));
        }
        Files.createDirectories(settings.logFile().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(settings.logFile().toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", settings.adminPassword());
        return new EmbeddedKeycloak(ChildProcesses.start(builder), settings.httpPort(), settings.managementPort(),
                settings.adminPassword());
    }

    public String issuer() {
        return "http://localhost:" + httpPort + "/realms/" + REALM;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** Ready when the management port's /health/ready answers 200. */
    public void awaitReady(Duration timeout) throws PayaraMicroServer.StartupFailure {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new PayaraMicroServer.StartupFailure("Keycloak exited with code " + process.exitValue());
            }
            try {
                if (http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PayaraMicroServer.StartupFailure("interrupted while waiting for Keycloak");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new PayaraMicroServer.StartupFailure("Keycloak not ready after " + timeout.toSeconds() + " s");
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }

    /** Unpacks the distribution once; its top folder becomes {@code home}. */
    private static Path install(Path zip, Path home) throws IOException {
        Path launcherScript = home.resolve("bin").resolve("kc.sh");
        if (Files.isExecutable(launcherScript)) {
            return home;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IOException("Keycloak distribution not found: " + zip + " (build with mvn install first)");
        }
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = partial.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(partial)) {
                    throw new IOException("unexpected entry in the Keycloak distribution: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        try (var scripts = Files.list(partial.resolve("bin"))) {
            scripts.filter(f -> f.toString().endsWith(".sh")).forEach(f -> f.toFile().setExecutable(true));
        }
        Files.move(partial, home);
        return home;
    }

    /** The realm template with its placeholders filled in and the extra clients added. */
    private static void writeRealm(Path target, Settings settings) throws IOException {
        String template;
        try (InputStream in = EmbeddedKeycloak.class.getResourceAsStream("/canopy/identity/canopy-realm.json")) {
            if (in == null) {
                throw new IOException("missing resource canopy/identity/canopy-realm.json");
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> placeholder : settings.placeholders().entrySet()) {
            template = template.replace("${" + placeholder.getKey() + "}", placeholder.getValue());
        }
        ObjectNode realm = (ObjectNode) JSON.readTree(template);
        ArrayNode clients = (ArrayNode) realm.get("clients");
        com.fasterxml.jackson.databind.JsonNode consoleMappers = null;
        for (com.fasterxml.jackson.databind.JsonNode client : clients) {
            if ("canopy-console".equals(client.path("clientId").asText())) {
                consoleMappers = client.get("protocolMappers");
            }
        }
        for (Map<String, Object> client : settings.clients()) {
            ObjectNode node = JSON.valueToTree(client);
            if (!node.has("protocolMappers") && consoleMappers != null) {
                node.set("protocolMappers", consoleMappers.deepCopy()); // the same token shape as the console's
            }
            clients.add(node);
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(realm));
    }
}
