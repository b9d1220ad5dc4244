package org.opensales.host.shell.internal.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensales.host.api.CrmUser;

@ExtendWith(MariaDbExtension.class)
class DemoSeedingTest {

    @Test
    void seedsUsersAndContactsOnce(DataSource dataSource) {
        new JdbcUserDirectory(dataSource, new CurrentUserHolder(), ShellConfigs.demo(true));
        new JdbcContactRegistry(dataSource, ShellConfigs.demo(true));
        JdbcUserDirectory users = new JdbcUserDirectory(dataSource, new CurrentUserHolder(), ShellConfigs.demo(true));
        JdbcContactRegistry contacts = new JdbcContactRegistry(dataSource, ShellConfigs.demo(true));

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
    void seedsNothingWhenDemoIsOff(DataSource dataSource) {
        JdbcUserDirectory users = new JdbcUserDirectory(dataSource, new CurrentUserHolder(), ShellConfigs.demo(false));
        JdbcContactRegistry contacts = new JdbcContactRegistry(dataSource, ShellConfigs.demo(false));

        assertThat(users.isEmpty()).isTrue();
        assertThat(contacts.search("", 100)).isEmpty();
    }

    @Test
    void leavesADatabaseWithUsersAlone(DataSource dataSource) {
        new JdbcUserDirectory(dataSource, new CurrentUserHolder(), ShellConfigs.demo(false))
                .recordLogin("admin", Set.of("admin"));

        JdbcUserDirectory users = new JdbcUserDirectory(dataSource, new CurrentUserHolder(), ShellConfigs.demo(true));

        assertThat(users.users()).extracting(CrmUser::id).containsExactly("admin");
    }
}
