package org.canopy.platform.core.database;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.canopy.platform.launcher.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration 006 on a database written before it: each school's single Ofsted word becomes an
 * undated judgement in its own tenant (row-level security is forced on the owner too, so a copy
 * that forgot to set the tenant would move nothing), and "not yet inspected" becomes no inspection.
 */
class OfstedHistoryMigrationTest {

    @TempDir
    Path data;

    @Test
    void eachSchoolsWordBecomesAnUndatedJudgementOfItsTenant() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0, false);
             Connection owner = database.connect(EmbeddedDatabase.OWNER_ROLE)) {
            Liquibase liquibase = liquibase(owner);
            List<ChangeSet> changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
            int beforeInspections = (int) changeSets.stream().takeWhile(c -> !c.getId().startsWith("006-")).count();
            liquibase.update(beforeInspections, new Contexts(), new LabelExpression());

            UUID oak = tenant(owner, "oak-trust");
            UUID elm = tenant(owner, "elm-trust");
            school(owner, oak, "100001", "GOOD");
            school(owner, oak, "100002", "NOT_YET_INSPECTED");
            school(owner, elm, "200001", "INADEQUATE");
            owner.commit();

            liquibase(owner).update(new Contexts(), new LabelExpression());

            assertThat(inspections(owner, oak)).containsExactly("100001 GOOD undated");
            assertThat(inspections(owner, elm)).containsExactly("200001 INADEQUATE undated");
            try (ResultSet column = owner.getMetaData().getColumns(null, "public", "school", "ofsted")) {
                assertThat(column.next()).as("the school's single word is gone").isFalse();
            }
        }
    }

    private static Liquibase liquibase(Connection owner) throws Exception {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(owner));
        Liquibase liquibase = new Liquibase(Migrations.CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
        liquibase.setChangeLogParameter("app_role", EmbeddedDatabase.APP_ROLE);
        return liquibase;
    }

    private static UUID tenant(Connection owner, String slug) throws Exception {
        UUID id = UUID.randomUUID();
        try (PreparedStatement sql = owner.prepareStatement("INSERT INTO tenant (id, slug, name, kind, status, created_at, version)"
                + " VALUES (?, ?, ?, 'TRUST', 'ACTIVE', now(), 1)")) {
            sql.setObject(1, id);
            sql.setString(2, slug);
            sql.setString(3, slug);
            sql.executeUpdate();
        }
        return id;
    }

    private static void school(Connection owner, UUID tenant, String urn, String ofsted) throws Exception {
        setTenant(owner, tenant);
        try (PreparedStatement sql = owner.prepareStatement("INSERT INTO school (tenant_id, id, urn, name, phase, local_authority,"
                + " region, pupils, ofsted, joined_on, version) VALUES (?, ?, ?, 'School', 'PRIMARY', 'Leeds', 'LONDON', 100, ?, DATE '2020-09-01', 1)")) {
            sql.setObject(1, tenant);
            sql.setObject(2, UUID.randomUUID());
            sql.setString(3, urn);
            sql.setString(4, ofsted);
            sql.executeUpdate();
        }
    }

    private static List<String> inspections(Connection owner, UUID tenant) throws Exception {
        setTenant(owner, tenant);
        List<String> found = new ArrayList<>();
        try (Statement sql = owner.createStatement();
             ResultSet rows = sql.executeQuery("SELECT s.urn, i.judgement, i.inspected_on FROM school_inspection i"
                     + " JOIN school s ON s.id = i.school_id ORDER BY s.urn")) {
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + " " + (rows.getDate(3) == null ? "undated" : rows.getDate(3)));
            }
        }
        owner.commit();
        return found;
    }

    private static void setTenant(Connection owner, UUID tenant) throws Exception {
        owner.setAutoCommit(false);
        try (PreparedStatement sql = owner.prepareStatement("SELECT set_config('canopy.tenant_id', ?, true)")) {
            sql.setString(1, tenant.toString());
            sql.execute();
        }
    }
}
