package org.canopy.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The plugins the reactor built ({@code plugins/<module>/target/<artifact>.jar}), plus the test
 * module as the demo's example of a plugin with pages and metrics (the other modules under
 * {@code plugins/testing/} exist to fail on purpose), copied into the platform's plugins directory,
 * which is emptied first so a removed plugin does not linger.
 */
final class BuiltPlugins {

    static final String DEMO_MODULE = "test-module";

    private BuiltPlugins() {
    }

    static Path install(Path pluginsSource, Path pluginsDirectory) throws IOException {
        Files.createDirectories(pluginsDirectory);
        try (Stream<Path> old = Files.list(pluginsDirectory)) {
            for (Path jar : old.filter(f -> f.toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        }
        for (Path jar : built(pluginsSource)) {
            Files.copy(jar, pluginsDirectory.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return pluginsDirectory;
    }

    private static List<Path> built(Path pluginsSource) throws IOException {
        if (!Files.isDirectory(pluginsSource)) {
            return List.of();
        }
        try (Stream<Path> modules = Files.list(pluginsSource)) {
            return Stream.concat(modules.filter(module -> !module.getFileName().toString().equals("testing")),
                            Stream.of(pluginsSource.resolve("testing").resolve(DEMO_MODULE)))
                    .map(module -> module.resolve("target"))
                    .filter(Files::isDirectory)
                    .flatMap(BuiltPlugins::jars)
                    .toList();
        }
    }

    private static Stream<Path> jars(Path target) {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(".jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")
                        && !name.endsWith("-incompatible.jar");
            }).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
