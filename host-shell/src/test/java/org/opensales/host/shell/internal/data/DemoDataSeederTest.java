package org.opensales.host.shell.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensales.host.api.CrmUser;
import org.opensales.host.shell.internal.ShellConfig;

@ExtendWith(MariaDbExtension.class)
class DemoDataSeederTest {

    private JdbcContactRegistry contacts;
    private JdbcUserDirectory users;

    @BeforeEach
    void setUp(DataSource dataSource) {
        contacts = new JdbcContactRegistry(dataSource);
        users = new JdbcUserDirectory(dataSource, new CurrentUserHolder());
    }

    @Test
    void seedsUsersAndContactsOnce() {
        new DemoDataSeeder(config(true), contacts, users);
        new DemoDataSeeder(config(true), contacts, users);

        assertThat(users.users()).containsExactly(
                new CrmUser("fatima", "Fatima El Amrani", Set.of("salesperson")),
                new CrmUser("pieter", "Pieter de Vries", Set.of("salesperson")),
                new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager")),
                new CrmUser("tom", "Tom Bakker", Set.of("salesperson")));
        assertThat(contacts.search("", 100)).hasSize(DemoData.CONTACTS.size()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(contacts.search("Weber", 10)).singleElement()
                .satisfies(c -> assertThat(c.company()).isEqualTo("Weber Maschinenbau GmbH"));
    }

    @Test
    void seedsNothingWhenDemoIsOff() {
        new DemoDataSeeder(config(false), contacts, users);

        assertThat(users.isEmpty()).isTrue();
        assertThat(contacts.search("", 100)).isEmpty();
    }

    @Test
    void leavesADatabaseWithUsersAlone() {
        users.recordLogin("admin", Set.of("admin"));

        new DemoDataSeeder(config(true), contacts, users);

        assertThat(users.users()).extracting(CrmUser::id).containsExactly("admin");
        assertThat(contacts.search("", 100)).isEmpty();
    }

    private static ShellConfig config(boolean demo) {
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
                return demo;
            }

            @Override
            public String jaasRealm() {
                return "karaf";
            }
        };
    }
}
