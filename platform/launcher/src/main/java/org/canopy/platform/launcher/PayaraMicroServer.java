package org.canopy.platform.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Payara Micro with the core WAR, as a child JVM whose output goes to a log file.
 *
 * <p>Payara Micro keeps running after a failed deployment, so readiness means: the core's own
 * {@value #READINESS_CHECK} check is present in {@code /health/ready} and UP. A check that is DOWN
 * carries the cause (a failed migration, a bad tenant manifest); a check that never appears after
 * Payara reports itself ready means the deployment failed, and the log says why.
 */
public final class PayaraMicroServer implements AutoCloseable {

    /** The name of the core's readiness check; it carries {@code cause} when start-up failed. */
    public static final String READINESS_CHECK = "canopy";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYARA_READY_MARKER = "ready in";

    private final Process process;
    private final int httpPort;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PayaraMicroServer(Process process, int httpPort, Path logFile) {
        this.process = process;
        this.httpPort = httpPort;
        this.logFile = logFile;
    }

    public record Settings(Path payaraJar, Path war, int httpPort, Path logFile,
                           Map<String, String> systemProperties, String maxHeap) {
    }

    public static PayaraMicroServer start(Settings settings) throws IOException {
        requireFile(settings.payaraJar(), "Payara Micro jar");
        requireFile(settings.war(), "core WAR (build it with mvn package)");
        Files.createDirectories(settings.logFile().getParent());
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx" + settings.maxHeap());
        settings.systemProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", settings.payaraJar().toString(),
                "--deploy", settings.war().toString(), "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster", "--disablephonehome"));
        Process process = ChildProcesses.start(new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(settings.logFile().toFile()));
        return new PayaraMicroServer(process, settings.httpPort(), settings.logFile());
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    public Path logFile() {
        return logFile;
    }

    public Process process() {
        return process;
    }

    /** Waits until the core reports ready; throws with the cause when it never will. */
    public void awaitReady(Duration timeout) throws StartupFailure {
        Instant deadline = Instant.now().plus(timeout);
        Instant payaraReadyAt = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new StartupFailure("Payara Micro exited with code " + process.exitValue()
                        + logExcerpt());
            }
            Optional<JsonNode> check = readinessCheck();
            if (check.isPresent()) {
                JsonNode status = check.get();
                if ("UP".equals(status.path("status").asText())) {
                    return;
                }
                String cause = status.path("data").path("cause").asText("");
                if (!cause.isEmpty()) {
                    throw new StartupFailure(cause);
                }
            } else if (payaraReadyAt == null && logMentions(PAYARA_READY_MARKER)) {
                payaraReadyAt = Instant.now();
            } else if (payaraReadyAt != null && payaraReadyAt.plusSeconds(Long.getLong("canopy.deploy.grace-seconds", 10))
                    .isBefore(Instant.now())) { // on a loaded machine the first health check may take longer
                throw new StartupFailure("the core was not deployed" + logExcerpt());
            }
            sleep(Duration.ofMillis(250));
        }
        throw new StartupFailure("not ready after " + timeout.toSeconds() + " s" + logExcerpt());
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }

    private Optional<JsonNode> readinessCheck() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(baseUri().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode check : JSON.readTree(response.body()).path("checks")) {
                if (READINESS_CHECK.equals(check.path("name").asText())) {
                    return Optional.of(check);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private boolean logMentions(String text) {
        try (Stream<String> lines = Files.lines(logFile)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** The first error lines of the log: usually the deployment's real cause. */
    private String logExcerpt() {
        try (Stream<String> lines = Files.lines(logFile)) {
            List<String> errors = lines
                    .filter(line -> line.contains("SEVERE") || line.contains("Exception") || line.contains("Caused by"))
                    .limit(12).toList();
            return (errors.isEmpty() ? "" : "\n  " + String.join("\n  ", errors)) + "\n  (full log: " + logFile + ")";
        } catch (IOException | java.io.UncheckedIOException e) {
            return " (log unreadable: " + logFile + ")";
        }
    }

    private static void requireFile(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(what + " not found: " + file.toAbsolutePath());
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Start-up did not reach a ready core; the message says why. */
    public static final class StartupFailure extends Exception {
        public StartupFailure(String message) {
            super(message);
        }
    }
}
