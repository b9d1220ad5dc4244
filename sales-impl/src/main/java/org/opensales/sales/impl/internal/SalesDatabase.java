package org.opensales.sales.impl.internal;

import javax.sql.DataSource;

import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.apache.ibatis.type.JdbcType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Sales module's database: on activation it brings the schema up to date and builds the MyBatis
 * session factory on the configured DataSource. The service components open their sessions here.
 * Immediate, so that the migration runs when the DataSource appears rather than on first use.
 */
@Component(service = SalesDatabase.class, configurationPid = SalesDatabaseConfig.PID, immediate = true)
@Designate(ocd = SalesDatabaseConfig.class)
public final class SalesDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SalesDatabase.class);

    private final SqlSessionFactory sessionFactory;

    /**
     * Migrates the schema and prepares MyBatis.
     *
     * @param dataSource the DataSource selected by {@code dataSource.target}
     */
    @Activate
    public SalesDatabase(@Reference(name = "dataSource", target = "(dataSourceName=crm)") DataSource dataSource) {
        ClassLoader bundleLoader = SalesDatabase.class.getClassLoader();
        new SchemaMigration(bundleLoader).migrate(dataSource);
        sessionFactory = buildSessionFactory(dataSource, bundleLoader);
        LOG.info("Sales schema is up to date");
    }

    /**
     * Opens a session; the caller closes it, normally with try-with-resources.
     *
     * @return a session that does not commit on its own
     */
    public SqlSession openSession() {
        return sessionFactory.openSession();
    }

    /**
     * Opens a session for reading: each statement commits on its own, which spares the two round trips
     * that switching a pooled connection into a transaction and back costs. A read of several
     * statements may see a change committed between them; a read that must not opens a transaction
     * with {@link #openSession()}.
     *
     * @return a session in auto-commit mode, which the caller closes
     */
    public SqlSession openReadSession() {
        return sessionFactory.openSession(true);
    }

    /*
     * MyBatis resolves the row classes of the mapper XML by name through the thread context class
     * loader; in OSGi that must be this bundle's loader, because the internal package is not exported.
     */
    private static SqlSessionFactory buildSessionFactory(DataSource dataSource, ClassLoader bundleLoader) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundleLoader);
        try {
            Configuration configuration = new Configuration(
                    new Environment("sales", new JdbcTransactionFactory(), dataSource));
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setJdbcTypeForNull(JdbcType.NULL);
            configuration.addMapper(SalesItemMapper.class);
            configuration.addMapper(SalesReportMapper.class);
            configuration.addMapper(SalesHistoryMapper.class);
            configuration.addMapper(SalesCatalogMapper.class);
            configuration.addMapper(SalesPreferenceMapper.class);
            configuration.addMapper(SalesTargetMapper.class);
            configuration.addMapper(RollupReportMapper.class);
            configuration.getMappedStatementNames(); // resolves any pending statement parts here, not later
            return new SqlSessionFactoryBuilder().build(configuration);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
