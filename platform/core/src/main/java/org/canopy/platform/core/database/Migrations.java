package org.canopy.platform.core.database;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Liquibase, run as the owner role, with the application role's name as the {@code app_role} parameter. */
public final class Migrations {

    public static final String CHANGELOG = "db/changelog.xml";

    private Migrations() {
    }

    public static void run(DataSource owner, String appRole) throws SQLException, LiquibaseException {
        try (Connection connection = owner.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
            liquibase.setChangeLogParameter("app_role", appRole);
            liquibase.update(new Contexts(), new LabelExpression());
        }
    }
}
