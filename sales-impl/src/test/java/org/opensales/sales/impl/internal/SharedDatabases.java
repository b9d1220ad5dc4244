package org.opensales.sales.impl.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/** One migrated database per test class, created on first use and kept for the JVM's lifetime. */
final class SharedDatabases {

    private static final Map<Class<?>, DataSource> DATA_SOURCES = new ConcurrentHashMap<>();
    private static final Map<DataSource, SalesDatabase> SALES_DATABASES = new ConcurrentHashMap<>();

    private SharedDatabases() {
    }

    static DataSource forClass(Class<?> testClass) {
        return DATA_SOURCES.computeIfAbsent(testClass,
                c -> TestDatabase.create("t_" + c.getSimpleName().toLowerCase()));
    }

    static SalesDatabase salesDatabase(DataSource dataSource) {
        return SALES_DATABASES.computeIfAbsent(dataSource, SalesDatabase::new);
    }
}
