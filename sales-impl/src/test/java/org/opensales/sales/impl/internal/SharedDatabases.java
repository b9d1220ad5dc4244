package org.opensales.sales.impl.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/** One migrated database per test class, created on first use and kept for the JVM's lifetime. */
public final class SharedDatabases {

    private static final Map<Class<?>, DataSource> DATA_SOURCES = new ConcurrentHashMap<>();
    private static final Map<DataSource, SalesDatabase> SALES_DATABASES = new ConcurrentHashMap<>();

    private SharedDatabases() {
    }

    /**
     * @param testClass the test class, or the fixture shared by a group of tests
     * @return its own database on the one test server, empty until {@link #salesDatabase} migrates it
     */
    public static DataSource forClass(Class<?> testClass) {
        return DATA_SOURCES.computeIfAbsent(testClass,
                c -> TestDatabase.create("t_" + c.getSimpleName().toLowerCase()));
    }

    /**
     * @param dataSource a database from {@link #forClass}
     * @return the Sales database on it, migrated once
     */
    public static SalesDatabase salesDatabase(DataSource dataSource) {
        return SALES_DATABASES.computeIfAbsent(dataSource, SalesDatabase::new);
    }
}
