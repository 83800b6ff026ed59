package org.canopy.platform.core.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Two pools on the same database, configured by MicroProfile Config ({@code db.url} or {@code DB_URL}…):
 * the application role for every request (JTA, row-level security applies), and the owner role,
 * used only by migrations at start-up.
 * <p>
 * Every connection is validated when it is borrowed, and one failed validation drops the whole pool:
 * after a database restart every pooled connection is dead, and the next request must get a new one
 * rather than a 500 (the role's timeouts are set in {@code infra/postgres/bootstrap.sql}).
 */
@DataSourceDefinitions({
        @DataSourceDefinition(name = DataSources.APP,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}",
                user = "${MPCONFIG=db.app.user}",
                password = "${MPCONFIG=db.app.password}",
                minPoolSize = 2,
                maxPoolSize = 32,
                properties = {DataSources.STRINGS_AS_UNTYPED, DataSources.VALIDATE_ON_BORROW, DataSources.DROP_ALL_ON_FAILURE,
                        DataSources.VALIDATION_CLASS, DataSources.VALIDATE_ON_BORROW_METHOD}),
        @DataSourceDefinition(name = DataSources.OWNER,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=db.url}",
                user = "${MPCONFIG=db.owner.user}",
                password = "${MPCONFIG=db.owner.password}",
                transactional = false,
                minPoolSize = 0,
                maxPoolSize = 2,
                properties = {DataSources.STRINGS_AS_UNTYPED, DataSources.VALIDATE_ON_BORROW, DataSources.DROP_ALL_ON_FAILURE,
                        DataSources.VALIDATION_CLASS, DataSources.VALIDATE_ON_BORROW_METHOD})
})
@Singleton
@Startup
public class DataSources {

    public static final String APP = "java:app/jdbc/canopy";
    public static final String OWNER = "java:app/jdbc/canopyOwner";

    /** Text parameters reach PostgreSQL untyped, so a uuid column accepts a UUID bound as text. */
    static final String STRINGS_AS_UNTYPED = "stringType=unspecified";
    static final String VALIDATE_ON_BORROW = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_ON_BORROW_METHOD = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATION_CLASS = "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation";
    static final String DROP_ALL_ON_FAILURE = "fish.payara.fail-all-connections=true";
}
