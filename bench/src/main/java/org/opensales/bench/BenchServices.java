package org.opensales.bench;

import java.lang.annotation.Annotation;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.host.shell.internal.ShellConfig;
import org.opensales.host.shell.internal.data.CurrentUserHolder;
import org.opensales.host.shell.internal.data.JdbcContactRegistry;
import org.opensales.host.shell.internal.data.JdbcUserDirectory;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesImport;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTargets;
import org.opensales.sales.api.UserPreferences;
import org.opensales.sales.impl.internal.SalesCatalogImpl;
import org.opensales.sales.impl.internal.SalesDatabase;
import org.opensales.sales.impl.internal.SalesDatabaseConfig;
import org.opensales.sales.impl.internal.SalesImportImpl;
import org.opensales.sales.impl.internal.SalesReportServiceImpl;
import org.opensales.sales.impl.internal.SalesServiceImpl;
import org.opensales.sales.impl.internal.SalesTargetsImpl;
import org.opensales.sales.impl.internal.UserPreferencesImpl;
import org.osgi.service.event.EventAdmin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The host and Sales components built with {@code new}, as Declarative Services would build them,
 * on a HikariCP pool configured like the distribution's {@code org.ops4j.datasource-crm.cfg}.
 * Every component gets the same (recording) DataSource, so a case can capture all SQL it causes.
 */
final class BenchServices implements AutoCloseable {

    final HikariDataSource pool;
    final StatementRecorder recorder = new StatementRecorder();
    final UserDirectory users;
    final JdbcUserDirectory userAccounts;
    final ContactRegistry contacts;
    final SalesService sales;
    final SalesReportService reports;
    final SalesCatalog catalog;
    final SalesImport importer;
    final SalesTargets targets;
    final UserPreferences preferences;

    BenchServices(String url) throws SQLException {
        pool = pool(url);
        DataSource dataSource = recorder.wrap(pool);
        userAccounts = new JdbcUserDirectory(dataSource, new CurrentUserHolder(), shellConfig());
        users = userAccounts;
        contacts = new JdbcContactRegistry(dataSource, shellConfig());
        SalesDatabase database = new SalesDatabase(dataSource);
        sales = new SalesServiceImpl(database, contacts, users, DroppingEventAdmin.INSTANCE, salesConfig());
        reports = new SalesReportServiceImpl(database, users, contacts);
        catalog = new SalesCatalogImpl(database, users);
        importer = new SalesImportImpl(database, contacts, users);
        targets = new SalesTargetsImpl(database, users);
        preferences = new UserPreferencesImpl(database, users);
    }

    /** The pool settings of features/src/main/resources/org.ops4j.datasource-crm.cfg. */
    private static HikariDataSource pool(String url) throws SQLException {
        MariaDbDataSource driver = new MariaDbDataSource();
        driver.setUrl(url);
        driver.setUser("root");
        driver.setPassword("");
        HikariConfig config = new HikariConfig();
        config.setDataSource(driver);
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(10_000);
        config.setPoolName("crm");
        return new HikariDataSource(config);
    }

    static String poolSettings() {
        return "HikariCP 4.0.3 (as pax-jdbc-pool-hikaricp 1.5.7): maximumPoolSize=10, minimumIdle=2,"
                + " connectionTimeout=10000, poolName=crm; MariaDB Connector/J 3.5.6 MariaDbDataSource";
    }

    private static ShellConfig shellConfig() {
        return new ShellConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ShellConfig.class;
            }

            @Override
            public String dataSource_target() {
                return "(dataSourceName=crm)";
            }

            @Override
            public boolean demo() {
                return false;
            }

            @Override
            public String jaasRealm() {
                return "karaf";
            }
        };
    }

    /** The defaults of {@link SalesDatabaseConfig}, as configuration admin hands them without a file. */
    private static SalesDatabaseConfig salesConfig() {
        return new SalesDatabaseConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SalesDatabaseConfig.class;
            }

            @Override
            public String dataSource_target() {
                return "(dataSourceName=crm)";
            }

            @Override
            public int probability_prospect() {
                return 10;
            }

            @Override
            public int probability_quote() {
                return 40;
            }

            @Override
            public int probability_order() {
                return 100;
            }

            @Override
            public int probability_invoice() {
                return 100;
            }

            @Override
            public int probability_lost() {
                return 0;
            }
        };
    }

    @Override
    public void close() {
        pool.close();
    }

    /** A stand-in for OSGi's EventAdmin that drops every event: the bench measures the service, not delivery. */
    enum DroppingEventAdmin implements EventAdmin {
        INSTANCE;

        @Override
        public void postEvent(org.osgi.service.event.Event event) {
        }

        @Override
        public void sendEvent(org.osgi.service.event.Event event) {
        }
    }
}
