package org.canopy.platform.core.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Two pools on the same database, configured by MicroProfile Config ({@code db.url} or {@code DB_URL}…):
 * the application role for every request (JTA, row-level security applies), and the owner role,
 * used only by migrations at start-up.
 */
@DataSourceDefinitions({
        @DataSourceDefinition(name = DataSources.APP,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}",
                user = "${MPCONFIG=db.app.user}",
                password = "${MPCONFIG=db.app.password}",
                minPoolSize = 2,
                maxPoolSize = 32,
                properties = DataSources.STRINGS_AS_UNTYPED),
        @DataSourceDefinition(name = DataSources.OWNER,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}",
                user = "${MPCONFIG=db.owner.user}",
                password = "${MPCONFIG=db.owner.password}",
                transactional = false,
                minPoolSize = 0,
                maxPoolSize = 2,
                properties = DataSources.STRINGS_AS_UNTYPED)
})
@Singleton
@Startup
public class DataSources {

    public static final String APP = "java:app/jdbc/canopy";
    public static final String OWNER = "java:app/jdbc/canopyOwner";

    /** Text parameters reach PostgreSQL untyped, so a uuid column accepts a UUID bound as text. */
    static final String STRINGS_AS_UNTYPED = "stringType=unspecified";
}
