package org.canopy.platform.core.plugins;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.canopy.platform.api.ReferenceData;
import org.canopy.platform.api.ReferenceRule;
import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.database.DataSources;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Modules' reference data in the platform table {@code module_reference_rule}: not tenant-owned (every
 * tenant's requests read it) and out of reach of module SQL ({@code canopy_module} has no grant on
 * it); a module reads its own rows only, through {@link #forModule}. Written only here: at start-up
 * from the files in a module's jar, and by the platform operator with a newer version. A version of a
 * rule set replaces the older one for lookups; no row is ever changed or deleted, so the id a
 * calculation recorded keeps its rule.
 */
@ApplicationScoped
public class ModuleReferenceData {

    private static final String COLUMNS = "id, rule_set, rule_key, version, effective_from, effective_to, payload::text,"
            + " source_url, source_note, recorded_by";
    /** Rows of the newest version of each of the module's rule sets. */
    private static final String CURRENT = "select " + COLUMNS + " from module_reference_rule r where module_id = ?"
            + " and version = (select max(version) from module_reference_rule n where n.module_id = r.module_id"
            + " and n.rule_set = r.rule_set)";

    @Resource(lookup = DataSources.APP)
    DataSource app;

    /** A file whose version is not above the one loaded for one of its rule sets. */
    public static final class NotNewer extends RuntimeException {
        NotNewer(String message) {
            super(message);
        }
    }

    /** What a load wrote: the file's version, and the rule sets that took it. */
    public record Loaded(int version, List<String> ruleSets, int rules) {
    }

    /**
     * The files a module ships, at start-up on the owner's pool, each in one transaction: a rule set
     * already at the file's version or a newer one (the operator's) stays as it is.
     *
     * @throws ReferenceFile.Invalid if a file is missing or breaks the format
     */
    static void loadShipped(String moduleId, List<String> files, ClassLoader loader, DataSource owner) throws SQLException {
        for (String path : files) {
            ReferenceFile file = ReferenceFile.parse(read(path, loader));
            try (Connection connection = owner.getConnection()) {
                connection.setAutoCommit(false);
                write(connection, moduleId, file, file.recordedBy().orElse("the " + moduleId + " module's " + path), false);
                connection.commit();
            }
        }
    }

    /**
     * A newer file from the platform operator, all of it or nothing.
     *
     * @throws ReferenceFile.Invalid if the file breaks the format
     * @throws NotNewer if one of its rule sets is already at its version or a newer one
     */
    @Transactional
    public Loaded load(String moduleId, String text, String operator) {
        ReferenceFile file = ReferenceFile.parse(text);
        try (Connection connection = app.getConnection()) {
            return write(connection, moduleId, file, operator, true);
        } catch (SQLException e) {
            throw new IllegalStateException("reference data of " + moduleId + " not loaded: " + e.getMessage(), e);
        }
    }

    /** The module's rules in force for lookups: the newest version of each rule set. */
    @Transactional
    public List<ReferenceRule> current(String moduleId) {
        return query(CURRENT + " order by rule_set, effective_from", moduleId);
    }

    /** The module's view: its own rows, nothing of another module's. */
    public ReferenceData forModule(String moduleId) {
        return new ReferenceData() {
            @Override
            public Optional<ReferenceRule> rule(String ruleSet, LocalDate date) {
                return inEffect(moduleId, ruleSet, date);
            }

            @Override
            public Optional<ReferenceRule> rule(UUID id) {
                return byId(moduleId, id);
            }
        };
    }

    @Transactional
    public Optional<ReferenceRule> inEffect(String moduleId, String ruleSet, LocalDate date) {
        return query(CURRENT + " and rule_set = ? and effective_from <= ? and (effective_to is null or effective_to >= ?)",
                moduleId, ruleSet, Date.valueOf(date), Date.valueOf(date)).stream().findFirst();
    }

    @Transactional
    public Optional<ReferenceRule> byId(String moduleId, UUID id) {
        return query("select " + COLUMNS + " from module_reference_rule where module_id = ? and id = ?", moduleId, id)
                .stream().findFirst();
    }

    private static Loaded write(Connection connection, String moduleId, ReferenceFile file, String recordedBy, boolean strict)
            throws SQLException {
        Map<String, Integer> loaded = loadedVersions(connection, moduleId);
        List<String> taking = new ArrayList<>();
        for (String ruleSet : file.ruleSets()) {
            Integer current = loaded.get(ruleSet);
            if (current == null || current < file.version()) {
                taking.add(ruleSet);
            } else if (strict) {
                throw new NotNewer("rule set " + ruleSet + " is already at version " + current
                        + "; send a file with a higher version than " + file.version());
            }
        }
        List<ReferenceFile.Rule> rules = file.rules().stream().filter(rule -> taking.contains(rule.ruleSet())).toList();
        try (PreparedStatement insert = connection.prepareStatement("insert into module_reference_rule (module_id, rule_set,"
                + " rule_key, version, effective_from, effective_to, payload, source_url, source_note, recorded_by)"
                + " values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)")) {
            for (ReferenceFile.Rule rule : rules) {
                insert.setString(1, moduleId);
                insert.setString(2, rule.ruleSet());
                insert.setString(3, rule.key());
                insert.setInt(4, file.version());
                insert.setDate(5, Date.valueOf(rule.effectiveFrom()));
                insert.setDate(6, rule.effectiveTo().map(Date::valueOf).orElse(null));
                insert.setString(7, rule.payload());
                insert.setString(8, rule.sourceUrl().orElse(null));
                insert.setString(9, rule.sourceNote().orElse(null));
                insert.setString(10, recordedBy);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Loaded(file.version(), List.copyOf(taking), rules.size());
    }

    private static Map<String, Integer> loadedVersions(Connection connection, String moduleId) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select rule_set, max(version) from module_reference_rule where module_id = ? group by rule_set")) {
            select.setString(1, moduleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return versions;
    }

    private List<ReferenceRule> query(String sql, Object... parameters) {
        try (Connection connection = app.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<ReferenceRule> rules = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rules.add(rule(rows));
                }
            }
            return rules;
        } catch (SQLException e) {
            throw new IllegalStateException("reference data not read: " + e.getMessage(), e);
        }
    }

    private static ReferenceRule rule(ResultSet row) throws SQLException {
        return new ReferenceRule(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getInt(4),
                row.getObject(5, LocalDate.class), Optional.ofNullable(row.getObject(6, LocalDate.class)), row.getString(7),
                Optional.ofNullable(row.getString(8)), Optional.ofNullable(row.getString(9)), row.getString(10));
    }

    private static String read(String path, ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new ReferenceFile.Invalid(List.of(new FieldError(path, "is not in the plugin jar")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
