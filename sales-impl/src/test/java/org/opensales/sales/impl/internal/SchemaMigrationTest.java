package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.entry;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    private final DataSource dataSource = SharedDatabases.forClass(SchemaMigrationTest.class);

    @Test
    void migrationCreatesTheTableOnceAndIsRepeatable() {
        SchemaMigration migration = new SchemaMigration(SchemaMigration.class.getClassLoader());

        migration.migrate(dataSource);
        migration.migrate(dataSource);

        assertThat(count("SELECT COUNT(*) FROM sales_databasechangelog")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND engine = 'InnoDB'"
                + " AND table_collation LIKE 'utf8mb4%'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND index_name = 'ix_sales_item_salesperson'"
                + " AND ((seq_in_index = 1 AND column_name = 'salesperson_id')"
                + " OR (seq_in_index = 2 AND column_name = 'id'))")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND index_name = 'ix_sales_item_phase'"
                + " AND seq_in_index = 1 AND column_name = 'phase'")).isEqualTo(1);
    }

    @Test
    void columnsHaveTheIntendedTypes() {
        new SchemaMigration(SchemaMigration.class.getClassLoader()).migrate(dataSource);

        Map<String, String> types = TestDatabase.queryMap(dataSource, "SELECT column_name,"
                + " CONCAT(column_type, IF(is_nullable = 'YES', ' null', ''), IF(extra = '', '', CONCAT(' ', extra)))"
                + " FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = 'sales_item'"
                + " ORDER BY ordinal_position");

        assertThat(types).containsExactly(
                entry("id", "bigint(20) auto_increment"),
                entry("version", "bigint(20)"),
                entry("title", "varchar(200)"),
                entry("contact_id", "bigint(20)"),
                entry("salesperson_id", "varchar(64)"),
                entry("phase", "enum('PROSPECT','QUOTE','ORDER','INVOICE','LOST')"),
                entry("prospect_date", "date null"),
                entry("quote_date", "date null"),
                entry("order_date", "date null"),
                entry("invoice_date", "date null"),
                entry("lost_date", "date null"),
                entry("expected_close_date", "date null"),
                entry("probability", "tinyint(3) unsigned"),
                entry("amount", "decimal(16,2)"),
                entry("currency", "char(3)"),
                entry("source", "varchar(100)"),
                entry("created_at", "datetime(3)"),
                entry("updated_at", "datetime(3)"));
    }

    private long count(String sql) {
        return TestDatabase.queryLong(dataSource, sql);
    }
}
