package org.canopy.platform.testkit;

import org.canopy.platform.launcher.EmbeddedPlatform;
import org.canopy.platform.launcher.PayaraMicroServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * JUnit 5 extension: one real platform (embedded PostgreSQL + Payara Micro with the core WAR) per
 * test run, shared by every test class that uses it, stopped when the run ends. Inject
 * {@link RunningPlatform} into a test's constructor, lifecycle method or test method.
 *
 * <p>Configured by system properties (set by the build): {@code canopy.war} (the core WAR),
 * {@code canopy.payara.jar}, and optionally {@code canopy.tenants.dir} (manifests applied at start).
 */
public final class CanopyPlatform implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CanopyPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        platform(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform(context);
    }

    private static RunningPlatform platform(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> new Started(start()), Started.class).platform();
    }

    /** Closes the platform when the root context (the whole test run) closes. */
    private record Started(RunningPlatform platform) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() throws IOException {
            platform.close();
        }
    }

    private static RunningPlatform start() {
        try {
            Path work = Files.createTempDirectory("canopy-platform");
            TestTokens tokens = TestTokens.generate();
            Map<String, String> properties = new HashMap<>(tokens.platformProperties(tokens.writePublicKeys(work.resolve("jwks.json"))));
            String manifests = System.getProperty("canopy.tenants.dir");
            if (manifests != null) {
                properties.put("canopy.tenants.dir", manifests);
            }
            EmbeddedPlatform platform = EmbeddedPlatform.start(new EmbeddedPlatform.Options(work, 0, freePort(),
                    Path.of(required("canopy.war")), Path.of(required("canopy.payara.jar")), properties));
            return new RunningPlatform(platform, tokens);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PayaraMicroServer.StartupFailure e) {
            throw new IllegalStateException("the platform under test did not start: " + e.getMessage(), e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the build sets it for failsafe)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
