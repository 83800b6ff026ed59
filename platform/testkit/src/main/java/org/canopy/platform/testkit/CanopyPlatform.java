package org.canopy.platform.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * JUnit 5 extension: one real platform (embedded PostgreSQL, Keycloak, Payara Micro with the core WAR) per
 * test run, shared by every test class that uses it, stopped when the run ends. Inject
 * {@link RunningPlatform} into a test's constructor, lifecycle method or test method.
 *
 * <p>Configured by system properties (set by the build): {@code canopy.war} (the core WAR),
 * {@code canopy.payara.jar}, {@code canopy.keycloak.zip}, and optionally {@code canopy.tenants.dir} (manifests applied at start)
 * and {@code canopy.plugins.dir} (plugin jars to install).
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
            return RunningPlatform.start(Files.createTempDirectory("canopy-platform"),
                    Path.of(required("canopy.war")), Path.of(required("canopy.payara.jar")),
                    Path.of(required("canopy.keycloak.zip")),
                    Optional.ofNullable(System.getProperty("canopy.tenants.dir")).map(Path::of),
                    Optional.ofNullable(System.getProperty("canopy.plugins.dir")).map(Path::of));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (the build sets it for failsafe)");
        }
        return value;
    }
}
