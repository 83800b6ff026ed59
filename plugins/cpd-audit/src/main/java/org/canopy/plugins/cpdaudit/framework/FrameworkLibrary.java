package org.canopy.plugins.cpdaudit.framework;

import org.canopy.platform.api.TenantData;
import org.canopy.plugins.cpdaudit.audit.AuditException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenant's frameworks as versioned data. The default ships with the plugin and is seeded when a
 * tenant enables the module; a trust copies a version into a draft, edits it and publishes it.
 * A published version never changes, so every audit that recorded it keeps its meaning.
 */
public final class FrameworkLibrary {

    public static final String DRAFT = "draft";
    public static final String PUBLISHED = "published";

    /** A stored version: its row id, whether it is still a draft, and the framework itself. */
    public record StoredFramework(UUID id, String status, Framework framework, String definition) {

        public boolean isPublished() {
            return PUBLISHED.equals(status);
        }
    }

    /** What a list shows, without parsing every definition. */
    public record Summary(UUID id, String key, String version, String title, String status) {
    }

    /**
     * Parsed published versions by id. A published version never changes, so it is parsed once; the
     * row itself is still read each time, under the tenant's row-level security.
     */
    private static final Map<UUID, Framework> PUBLISHED_VERSIONS = new ConcurrentHashMap<>();

    private final TenantData data;

    public FrameworkLibrary(TenantData data) {
        this.data = data;
    }

    /** Seeds the default framework as published, once: enabling again after a disable adds nothing. */
    public void seedDefault() {
        Framework framework = FrameworkJson.readDefault();
        data.update("insert into framework (key, version, title, definition, status, published_at)"
                        + " select ?, ?, ?, ?, 'published', clock_timestamp()"
                        + " where not exists (select 1 from framework where key = ? and version = ?)",
                framework.key(), framework.version(), framework.title(), FrameworkJson.defaultText(),
                framework.key(), framework.version());
    }

    public List<Summary> list() {
        return data.query("select id, key, version, title, status from framework order by key, created_at",
                row -> new Summary(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    }

    public StoredFramework get(UUID id) {
        return data.queryOne("select id, status, definition from framework where id = ?", FrameworkLibrary::stored, id)
                .orElseThrow(() -> AuditException.notFound("Framework " + id));
    }

    /** The framework new audits use: the most recently published version. */
    public StoredFramework current() {
        return data.queryOne("select id, status, definition from framework where status = 'published'"
                        + " order by published_at desc, created_at desc limit 1", FrameworkLibrary::stored)
                .orElseThrow(() -> AuditException.conflict("No framework is published; enable the module again to seed the default."));
    }

    /** A draft copy of {@code sourceId} under {@code key} and {@code version}, to edit and publish. */
    public UUID copy(UUID sourceId, String key, String version, String title) {
        requireIdentity(key, version, title);
        StoredFramework source = get(sourceId);
        if (data.queryOne("select 1 from framework where key = ? and version = ?", row -> 1, key, version).isPresent()) {
            throw AuditException.conflict("Framework " + key + " version " + version + " already exists.");
        }
        String definition = FrameworkJson.withIdentity(source.definition(), key, version, title);
        FrameworkJson.read(definition);
        return data.queryOne("insert into framework (key, version, title, definition, status) values (?, ?, ?, ?, 'draft') returning id",
                row -> row.getObject(1, UUID.class), key, version, title, definition).orElseThrow();
    }

    /** Replaces a draft's definition; its key and version stay. A published version is refused. */
    public void replaceDraft(UUID id, String json) {
        StoredFramework draft = requireDraft(id);
        Framework current = draft.framework();
        Framework proposed = FrameworkJson.read(json);
        String definition = FrameworkJson.withIdentity(json, current.key(), current.version(), proposed.title());
        data.update("update framework set definition = ?, title = ? where id = ? and status = 'draft'", definition, proposed.title(), id);
    }

    public void publish(UUID id) {
        requireDraft(id);
        data.update("update framework set status = 'published', published_at = clock_timestamp() where id = ? and status = 'draft'", id);
    }

    private StoredFramework requireDraft(UUID id) {
        StoredFramework stored = get(id);
        if (stored.isPublished()) {
            throw AuditException.conflict("Framework " + stored.framework().key() + " version " + stored.framework().version()
                    + " is published and cannot change; copy it into a new version.");
        }
        return stored;
    }

    private static void requireIdentity(String key, String version, String title) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            throw AuditException.invalid("key: 2 to 80 lower-case letters, digits or hyphens.");
        }
        if (version == null || !version.matches("[A-Za-z0-9.-]{1,20}")) {
            throw AuditException.invalid("version: 1 to 20 letters, digits, dots or hyphens.");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw AuditException.invalid("title: 1 to 300 characters.");
        }
    }

    private static StoredFramework stored(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        String status = row.getString("status");
        String definition = row.getString("definition");
        Framework framework = PUBLISHED.equals(status)
                ? PUBLISHED_VERSIONS.computeIfAbsent(id, key -> FrameworkJson.read(definition))
                : FrameworkJson.read(definition);
        return new StoredFramework(id, status, framework, definition);
    }
}
