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

        long applied = count("SELECT COUNT(*) FROM sales_databasechangelog");
        assertThat(count("SELECT COUNT(*) FROM sales_databasechangelog WHERE id IN ('1-sales-item',"
                + " '2-sales-item-indexes', '3-sales-item-full', '4-sales-item-contact', '5-sales-item-tag',"
                + " '6-sales-item-share', '7-sales-history', '8-sales-source', '9-sales-lost-reason',"
                + " '10-sales-full-indexes', '11-sales-catalog-defaults')")).isEqualTo(11);
        assertThat(count("SELECT COUNT(*) FROM sales_databasechangelog WHERE filename LIKE '%lead-intake.xml'"))
                .as("the lead intake's changelog is included").isPositive();
        migration.migrate(dataSource);
        assertThat(count("SELECT COUNT(*) FROM sales_databasechangelog")).isEqualTo(applied);
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND engine = 'InnoDB'"
                + " AND table_collation LIKE 'utf8mb4%'")).isEqualTo(1);
        assertThat(indexColumns("sales_item", "ix_sales_item_salesperson")).isEqualTo("salesperson_id,active,id");
        assertThat(indexColumns("sales_item", "ix_sales_item_block_amount")).isEqualTo("salesperson_id,active,amount,id");
        assertThat(indexColumns("sales_item", "ix_sales_item_block_close"))
                .isEqualTo("salesperson_id,active,expected_close_date,id");
        assertThat(indexColumns("sales_item", "ix_sales_item_block_updated"))
                .isEqualTo("salesperson_id,active,updated_at,id");
        assertThat(TestDatabase.queryMap(dataSource, "SELECT column_name, collation FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND table_name = 'sales_item'"
                + " AND index_name IN ('ix_sales_item_block_amount', 'ix_sales_item_block_updated') AND seq_in_index = 3"))
                .as("largest amount and newest change first, the id ascending after them")
                .containsOnly(entry("amount", "D"), entry("updated_at", "D"));
        assertThat(count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND index_name = 'ft_sales_item_text' AND index_type = 'FULLTEXT'"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE()"
                + " AND table_name = 'sales_item' AND index_name = 'ix_sales_item_phase'"
                + " AND seq_in_index = 1 AND column_name = 'phase'")).isEqualTo(1);
        assertThat(indexColumns("sales_item_share", "ix_sales_item_share_user")).isEqualTo("user_id,item_id");
        assertThat(indexColumns("sales_item_share", "PRIMARY")).isEqualTo("item_id,user_id");
        assertThat(indexColumns("sales_history", "ix_sales_history_item")).isEqualTo("item_id,id");
        assertThat(indexColumns("sales_history", "ix_sales_history_reached")).isEqualTo("field,new_value,item_id");
        assertThat(indexColumns("sales_item_contact", "ix_sales_item_contact_contact")).isEqualTo("contact_id,item_id");
        assertThat(indexColumns("sales_item_tag", "ix_sales_item_tag_tag")).isEqualTo("tag,item_id");
        assertThat(indexColumns("sales_item", "ix_sales_item_contact")).isEqualTo("contact_id,id");
        assertThat(count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_name IN ('sales_item_contact', 'sales_item_tag', 'sales_item_share', 'sales_history',"
                + " 'sales_source', 'sales_lost_reason') AND engine = 'InnoDB'"
                + " AND table_collation LIKE 'utf8mb4%'")).isEqualTo(6);
    }

    @Test
    void theManagedListsStartWithTheirDefaults() {
        new SchemaMigration(SchemaMigration.class.getClassLoader()).migrate(dataSource);

        assertThat(TestDatabase.queryMap(dataSource, "SELECT name, CONCAT(campaign_cost, ' ', active)"
                + " FROM sales_source ORDER BY name")).containsOnlyKeys(
                "Campaign spring", "Cold call", "Partner", "Referral", "Trade fair", "Website")
                .containsValue("0.00 1");
        assertThat(TestDatabase.queryMap(dataSource, "SELECT name, active FROM sales_lost_reason")).containsOnlyKeys(
                "Price too high", "Chose a competitor", "No budget", "No decision", "Bad timing");
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
                entry("updated_at", "datetime(3)"),
                entry("description", "text null"),
                entry("probability_overridden", "tinyint(1)"),
                entry("lost_reason", "varchar(100)"),
                entry("lost_note", "varchar(1000)"),
                entry("active", "tinyint(1)"),
                entry("created_by", "varchar(64)"),
                entry("updated_by", "varchar(64)"));
        assertThat(TestDatabase.queryMap(dataSource, "SELECT column_name, column_type FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'sales_history' ORDER BY ordinal_position"))
                .containsExactly(entry("id", "bigint(20)"), entry("item_id", "bigint(20)"), entry("at", "datetime(3)"),
                        entry("user_id", "varchar(64)"), entry("field", "varchar(32)"),
                        entry("old_value", "varchar(200)"), entry("new_value", "varchar(200)"));
        assertThat(TestDatabase.queryMap(dataSource, "SELECT column_name, column_type FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = 'sales_source' ORDER BY ordinal_position"))
                .containsExactly(entry("name", "varchar(100)"), entry("campaign_cost", "decimal(16,2)"),
                        entry("active", "tinyint(1)"));
    }

    private String indexColumns(String table, String index) {
        return TestDatabase.queryMap(dataSource, "SELECT index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index)"
                + " FROM information_schema.statistics WHERE table_schema = DATABASE() AND table_name = '" + table
                + "' AND index_name = '" + index + "' GROUP BY index_name").get(index);
    }

    private long count(String sql) {
        return TestDatabase.queryLong(dataSource, sql);
    }
}
