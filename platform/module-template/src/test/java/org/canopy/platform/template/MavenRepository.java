package org.canopy.platform.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A local Maven repository for one build of a generated module: the plugin API installed in it, as
 * {@code mvn -pl platform/api -am install} would, and every other artifact copied on demand from the
 * machine's own repository, read as a remote one (never written: no SNAPSHOT of ours lands there).
 */
final class MavenRepository {

    private MavenRepository() {
    }

    /** The API's jar and pom, and the parent pom it names, in the repository's layout. */
    static Path withInstalledApi(Path repository) throws IOException {
        String api = System.getProperty("canopy.api.version");
        String parent = System.getProperty("canopy.parent.version");
        install(Path.of(System.getProperty("canopy.api.jar")), repository, "canopy-api", api, "jar");
        install(Path.of(System.getProperty("canopy.api.pom")), repository, "canopy-api", api, "pom");
        install(Path.of(System.getProperty("canopy.parent.pom")), repository, "canopy-parent", parent, "pom");
        return repository;
    }

    /** Settings whose only repository is the machine's cache, so the build needs no network (and is run offline). */
    static Path readingTheMachinesCache(Path settings) throws IOException {
        return Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>machine-cache</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("canopy.maven.cache")).toUri()));
    }

    private static void install(Path file, Path repository, String artifact, String version, String extension) throws IOException {
        Path directory = Files.createDirectories(repository.resolve("org/canopy").resolve(artifact).resolve(version));
        Files.copy(file, directory.resolve(artifact + "-" + version + "." + extension));
    }
}
