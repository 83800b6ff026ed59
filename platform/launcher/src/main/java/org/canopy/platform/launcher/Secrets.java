package org.canopy.platform.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Random secrets of the embedded default (Keycloak's admin password, client secrets), made on first
 * start and kept beside Keycloak's data: the imported realm keeps them, so they must not change.
 */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private Secrets(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    static Secrets load(Path file) throws IOException {
        Properties values = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            }
        }
        return new Secrets(file, values);
    }

    String get(String name) {
        String value = values.getProperty(name);
        if (value == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            values.setProperty(name, value);
            save();
        }
        return value;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                values.store(out, "embedded default only; delete with the data directory");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the embedded secrets in " + file, e);
        }
    }
}
