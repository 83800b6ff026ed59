package org.canopy.platform.api;

import javassist.CannotCompileException;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.CtMethod;
import javassist.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build's binary-compatibility check (japicmp in platform/api/pom.xml, execution
 * {@code api-compatibility}) run by Maven, as configured there, on altered copies of the API just
 * built: a public method or class gone fails it unless the version's major number is higher. (The
 * build itself runs the same check on the jar as built, in the verify phase.)
 */
class ApiCompatibilityCheckIT {

    private static final Path BUILT = Path.of(System.getProperty("canopy.api.jar"));
    private static final String NEXT_MAJOR = (Integer.parseInt(PluginApi.VERSION.split("\\.")[0]) + 1) + ".0.0";

    @TempDir
    Path temp;

    @Test
    void aRemovedPublicMethodFailsTheBuildWithinTheSameMajorVersion() throws Exception {
        Path candidate = copy(BUILT, PluginApi.VERSION, withoutMethod(TenantData.class, "update"));

        Check check = check(candidate);

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.output()).contains("binary incompatible changes found")
                .contains("METHOD_REMOVED").contains("TenantData");
    }

    @Test
    void aRemovedPublicClassFailsTheBuildWithinTheSameMajorVersion() throws Exception {
        Path candidate = copy(BUILT, PluginApi.VERSION, withoutClass(ConsoleLink.class));

        Check check = check(candidate);

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.output()).contains("binary incompatible changes found")
                .contains("CLASS_REMOVED").contains("ConsoleLink");
    }

    @Test
    void aMajorVersionMayRemove() throws Exception {
        Path candidate = copy(BUILT, NEXT_MAJOR, withoutMethod(TenantData.class, "update"));

        Check check = check(candidate);

        assertThat(check.exitCode()).as(check.output()).isZero();
    }

    private record Check(int exitCode, String output) {
    }

    /** Runs the pom's own check, offline, on {@code candidate} instead of the built jar; writes no report. */
    private Check check(Path candidate) throws IOException, InterruptedException {
        Path log = temp.resolve("maven.log");
        // not offline: on a fresh machine this may run before the build has fetched japicmp's own dependencies
        Process maven = new ProcessBuilder(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-f", System.getProperty("canopy.api.pom"),
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
                "-Dapi.candidate=" + candidate,
                "-Djapicmp.skipHtmlReport=true", "-Djapicmp.skipXmlReport=true",
                "-Djapicmp.skipDiffReport=true", "-Djapicmp.skipMarkdownReport=true",
                // jar:jar hands japicmp the project's artifact (the jar already built, unchanged), as the build does
                "jar:jar", "japicmp:cmp@api-compatibility")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(5, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new IllegalStateException("the compatibility check did not finish in 5 minutes");
        }
        return new Check(maven.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A copy of {@code jar} named for {@code version} (japicmp reads versions from file names), each class altered. */
    private Path copy(Path jar, String version, UnaryOperator<Entry> alteration) throws IOException {
        Path copy = Files.createDirectories(temp.resolve(version + "-" + System.nanoTime())).resolve("canopy-api-" + version + ".jar");
        try (JarFile in = new JarFile(jar.toFile()); JarOutputStream out = new JarOutputStream(Files.newOutputStream(copy))) {
            for (JarEntry entry : in.stream().toList()) {
                Entry altered = alteration.apply(new Entry(entry.getName(), in.getInputStream(entry).readAllBytes()));
                if (altered != null) {
                    out.putNextEntry(new JarEntry(altered.name()));
                    out.write(altered.bytes());
                    out.closeEntry();
                }
            }
        }
        return copy;
    }

    private record Entry(String name, byte[] bytes) {
    }

    private static UnaryOperator<Entry> withoutClass(Class<?> type) {
        return entry -> entry.name().equals(classFile(type)) ? null : entry;
    }

    private static UnaryOperator<Entry> withoutMethod(Class<?> type, String method) {
        return entry -> {
            if (!entry.name().equals(classFile(type))) {
                return entry;
            }
            try {
                CtClass altered = new ClassPool(true).makeClass(new ByteArrayInputStream(entry.bytes()));
                for (CtMethod removed : altered.getDeclaredMethods(method)) {
                    altered.removeMethod(removed);
                }
                return new Entry(entry.name(), altered.toBytecode());
            } catch (IOException | CannotCompileException | NotFoundException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }
}
