package org.canopy.platform.testkit.module;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.TenantRef;
import org.canopy.platform.launcher.EmbeddedDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module on a real database, without the server: the platform's embedded PostgreSQL with the
 * core's own migrations (roles, row-level security, the shared model), the module's changelog
 * applied in its own schema as the platform applies it, tenants and their schools seeded, and
 * {@link TestModuleContext}s whose SQL runs as the platform runs a module's: as
 * {@code canopy_module}, for one tenant, under forced row-level security.
 *
 * <p>One database per JVM ({@link #shared()}), started on first use (a few seconds) and stopped when
 * the JVM exits; tests then run in milliseconds. Each test makes its own tenants, so tests never see
 * each other's rows.
 */
public final class ModuleDatabase {

    private static final Pattern INCLUDE = Pattern.compile("<include\\s+file=\"([^\"]+)\"");
    private static ModuleDatabase shared;

    private final EmbeddedDatabase database;
    private final Set<String> installed = new HashSet<>();
    /** One connection as the application role for every context, as a pool of one would hand out. */
    private Connection app;
    /** The owner's connection for seeding tenants and their shared model. */
    private Connection seeder;

    private ModuleDatabase(EmbeddedDatabase database) {
        this.database = database;
    }

    /** The JVM's database, started and migrated on first use. */
    public static synchronized ModuleDatabase shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static ModuleDatabase start() {
        try {
            Path directory = Files.createTempDirectory("canopy-module-db");
            EmbeddedDatabase database = EmbeddedDatabase.start(directory.resolve("data"), 0, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException e) {
                    // the JVM is going; the database's watchdog stops PostgreSQL anyway
                }
            }));
            ModuleDatabase moduleDatabase = new ModuleDatabase(database);
            moduleDatabase.migrateCore(directory.resolve("core-changelog"));
            return moduleDatabase;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the module's changelog in its schema, once per JVM, as the platform does at start-up;
     * fails if it leaves a tenant table without forced row-level security (the platform would refuse
     * the module).
     */
    public synchronized void install(String moduleId, CanopyModule module) {
        if (!installed.add(moduleId)) {
            return;
        }
        String schema = schemaOf(moduleId);
        try (Connection owner = database.connect(EmbeddedDatabase.OWNER_ROLE); Statement sql = owner.createStatement()) {
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            sql.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + TestTenantData.MODULE_ROLE);
            sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema
                    + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO " + TestTenantData.MODULE_ROLE);
            sql.execute("ALTER DEFAULT PRIVILEGES IN SCHEMA " + schema + " GRANT USAGE, SELECT ON SEQUENCES TO "
                    + TestTenantData.MODULE_ROLE);
            sql.execute("SET search_path TO " + schema + ", public");
            if (module.changelog().isPresent()) {
                Liquibase liquibase = liquibase(owner, module.changelog().get(),
                        new ClassLoaderResourceAccessor(module.getClass().getClassLoader()), schema);
                liquibase.setChangeLogParameter("schema", schema);
                liquibase.update(new Contexts(), new LabelExpression());
            }
            sql.execute("SET search_path TO public");
            List<String> unprotected = unprotectedTables(owner, schema);
            if (!unprotected.isEmpty()) {
                throw new IllegalStateException("the platform would refuse " + moduleId
                        + ": tenant tables without forced row-level security: " + unprotected);
            }
        } catch (SQLException | LiquibaseException e) {
            installed.remove(moduleId);
            throw new IllegalStateException("could not apply " + moduleId + "'s changelog: " + e.getMessage(), e);
        }
    }

    /** A new tenant (a trust or a hub) with no schools; names are unique in the database. */
    public TenantRef newTenant(String name, TenantRef.Kind kind) {
        UUID id = UUID.randomUUID();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "")
                + "-" + id.toString().substring(0, 8);
        ownerUpdate(null, "insert into tenant (id, slug, name, kind, status, created_at, version)"
                + " values (?, ?, ?, ?, 'ACTIVE', now(), 0)", id, slug, name, kind.name());
        return new TenantRef(id, slug, name, kind);
    }

    /** A school of the tenant, in post since 2020; {@code phase} as the API spells it ({@code primary}, {@code 16-plus}…). */
    public SharedModel.School newSchool(TenantRef tenant, String urn, String name, String phase) {
        UUID id = UUID.randomUUID();
        ownerUpdate(tenant, "insert into school (tenant_id, id, urn, name, phase, local_authority, region, pupils,"
                        + " joined_on, version) values (?, ?, ?, ?, ?, 'Leeds', 'YORKSHIRE_AND_THE_HUMBER', 300, ?, 0)",
                tenant.id(), id, urn, name, TestSharedModel.stored(phase), LocalDate.of(2020, 9, 1));
        return new SharedModel.School(id, urn, name, phase);
    }

    /** An academic year of the tenant, {@code 2025/26}: 1 September to 31 August, the usual three terms. */
    public SharedModel.AcademicYear newAcademicYear(TenantRef tenant, String label) {
        int start = Integer.parseInt(label.substring(0, 4));
        LocalDate startsOn = LocalDate.of(start, 9, 1);
        LocalDate endsOn = LocalDate.of(start + 1, 8, 31);
        ownerUpdate(tenant, "insert into academic_year (tenant_id, id, label, starts_on, ends_on, autumn_starts_on, autumn_ends_on,"
                        + " spring_starts_on, spring_ends_on, summer_starts_on, summer_ends_on, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                tenant.id(), UUID.randomUUID(), label, startsOn, endsOn, startsOn, LocalDate.of(start, 12, 20),
                LocalDate.of(start + 1, 1, 5), LocalDate.of(start + 1, 3, 31), LocalDate.of(start + 1, 4, 15),
                LocalDate.of(start + 1, 7, 22));
        return new SharedModel.AcademicYear(label, startsOn, endsOn);
    }

    /** A member of staff in post since 2020, at a school or (none) central; {@code staffGroup} as the API spells it. */
    public SharedModel.StaffMember newStaffMember(TenantRef tenant, Optional<UUID> school, String name, String staffGroup) {
        UUID id = UUID.randomUUID();
        String email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "." + id.toString().substring(0, 8) + "@example.org";
        ownerUpdate(tenant, "insert into staff_member (tenant_id, id, school_id, full_name, email, staff_group, fte, started_on, version)"
                        + " values (?, ?, ?, ?, ?, ?, 1, ?, 0)",
                tenant.id(), id, school.orElse(null), name, email, TestSharedModel.stored(staffGroup), LocalDate.of(2020, 9, 1));
        return new SharedModel.StaffMember(id, school, name, email, staffGroup);
    }

    /**
     * The context the platform would hand the module for this tenant: no caller (as in a lifecycle
     * event) until {@link TestModuleContext#as} gives one; the clock fixed at {@link TestModuleContext#FIXED_CLOCK}.
     */
    public TestModuleContext context(String moduleId, TenantRef tenant) {
        if (!installed.contains(moduleId)) {
            throw new IllegalStateException("install(" + moduleId + ", module) first");
        }
        return new TestModuleContext(moduleId, tenant, Optional.empty(),
                new TestTenantData(this::appConnection, schemaOf(moduleId), tenant.id()),
                new TestSharedModel(this::appConnection, tenant.id()),
                Map.of(), TestModuleContext.FIXED_CLOCK);
    }

    private synchronized Connection appConnection() throws SQLException {
        if (app == null || app.isClosed()) {
            app = database.connect(EmbeddedDatabase.APP_ROLE);
            app.setAutoCommit(false);
        }
        return app;
    }

    /** A connection as the owner role, for a test's own look at the tables (row-level security binds it too). */
    public Connection connectAsOwner() throws SQLException {
        return database.connect(EmbeddedDatabase.OWNER_ROLE);
    }

    static String schemaOf(String moduleId) {
        return "module_" + moduleId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /**
     * The core's changelog, packaged into the testkit from platform/core's sources (see its pom),
     * run as the platform runs it at start-up: as the owner, with the application role's name.
     */
    private void migrateCore(Path directory) throws IOException {
        copyChangelog("db/changelog.xml", directory);
        String changelog = Files.readString(directory.resolve("db/changelog.xml"));
        Matcher include = INCLUDE.matcher(changelog);
        while (include.find()) {
            copyChangelog(include.group(1), directory);
        }
        try (Connection owner = database.connect(EmbeddedDatabase.OWNER_ROLE)) {
            Liquibase liquibase = liquibase(owner, "db/changelog.xml", new DirectoryResourceAccessor(directory), "public");
            liquibase.setChangeLogParameter("app_role", EmbeddedDatabase.APP_ROLE);
            liquibase.update(new Contexts(), new LabelExpression());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("could not apply the core's migrations: " + e.getMessage(), e);
        }
    }

    private static void copyChangelog(String name, Path directory) throws IOException {
        try (InputStream in = ModuleDatabase.class.getResourceAsStream("/canopy/core-db/" + name)) {
            if (in == null) {
                throw new IOException("the testkit has no canopy/core-db/" + name + ": build it from the reactor");
            }
            Path target = directory.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, in.readAllBytes());
        }
    }

    private static Liquibase liquibase(Connection connection, String changelog, ResourceAccessor resources, String schema)
            throws LiquibaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        return new Liquibase(changelog, resources, database);
    }

    /** Tables of the module's schema with a tenant_id but not both row-level security enabled and forced. */
    private static List<String> unprotectedTables(Connection owner, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = owner.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind in ('r', 'p') and not (c.relrowsecurity and c.relforcerowsecurity)
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
                order by 1""")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** A statement as the owner, in the tenant when given (forced row-level security binds the owner too). */
    private synchronized void ownerUpdate(TenantRef tenant, String statement, Object... parameters) {
        try {
            if (seeder == null || seeder.isClosed()) {
                seeder = database.connect(EmbeddedDatabase.OWNER_ROLE);
                seeder.setAutoCommit(false);
            }
            try {
                if (tenant != null) {
                    try (PreparedStatement set = seeder.prepareStatement("select set_config('canopy.tenant_id', ?, true)")) {
                        set.setString(1, tenant.id().toString());
                        set.execute();
                    }
                }
                try (PreparedStatement update = seeder.prepareStatement(statement)) {
                    for (int i = 0; i < parameters.length; i++) {
                        update.setObject(i + 1, parameters[i]);
                    }
                    update.executeUpdate();
                }
                seeder.commit();
            } catch (SQLException e) {
                seeder.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not seed: " + e.getMessage(), e);
        }
    }
}
