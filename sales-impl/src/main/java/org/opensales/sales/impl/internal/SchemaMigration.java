package org.opensales.sales.impl.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the Sales schema up to date with the Liquibase changelog shipped in this bundle. The
 * changelog is read through the given class loader (the bundle's in OSGi), and the history is kept
 * in the module's own tables so that the host's migrations never wait for ours or mix with them.
 */
final class SchemaMigration {

    static final String CHANGELOG = "org/opensales/sales/impl/db/changelog.xml";
    static final String HISTORY_TABLE = "sales_databasechangelog";
    static final String LOCK_TABLE = "sales_databasechangeloglock";

    private final ClassLoader classLoader;

    SchemaMigration(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Applies every changeset the database lacks.
     *
     * @param dataSource the database
     * @throws IllegalStateException when the migration fails
     */
    void migrate(DataSource dataSource) {
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
                Scope.Attr.ui.name(), new LoggerUIService(),
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        try (Connection connection = dataSource.getConnection()) {
            Scope.child(scope, () -> update(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the Sales database: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot bring the Sales schema up to date: " + e.getMessage(), e);
        }
    }

    private static void update(Connection connection) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(HISTORY_TABLE);
        database.setDatabaseChangeLogLockTableName(LOCK_TABLE);
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute();
    }
}
