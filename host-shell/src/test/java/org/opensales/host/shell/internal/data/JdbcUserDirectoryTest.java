package org.opensales.host.shell.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensales.host.api.CrmUser;

@ExtendWith(MariaDbExtension.class)
class JdbcUserDirectoryTest {

    private final CurrentUserHolder holder = new CurrentUserHolder();
    private JdbcUserDirectory directory;

    @BeforeEach
    void setUp(DataSource dataSource) {
        directory = new JdbcUserDirectory(dataSource, holder, ShellConfigs.demo(false));
    }

    @Test
    void recordsANewLoginWithTheLoginAsDisplayName() {
        assertThat(directory.isEmpty()).isTrue();

        CrmUser user = directory.recordLogin("pieter", Set.of("salesperson", "viewer"));

        assertThat(user).isEqualTo(new CrmUser("pieter", "pieter", Set.of("salesperson", "viewer")));
        assertThat(directory.find("pieter")).contains(user);
        assertThat(directory.isEmpty()).isFalse();
    }

    @Test
    void loginKeepsTheDisplayNameAndReplacesTheRoles() {
        directory.save(new CrmUser("sanne", "Sanne Jansen", Set.of("salesperson")));

        CrmUser user = directory.recordLogin("sanne", Set.of("sales-manager"));

        assertThat(user).isEqualTo(new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager")));
        assertThat(directory.users()).containsExactly(user);
    }

    @Test
    void loginWithoutRolesStoresNone() {
        assertThat(directory.recordLogin("guest", Set.of()).roles()).isEmpty();
    }

    @Test
    void saveReplacesDisplayNameAndRoles() {
        directory.save(new CrmUser("tom", "Tom", Set.of("salesperson")));
        directory.save(new CrmUser("tom", "Tom Bakker", Set.of("sales-viewer")));

        assertThat(directory.find("tom")).contains(new CrmUser("tom", "Tom Bakker", Set.of("sales-viewer")));
    }

    @Test
    void refusesBadIdsAndRoles() {
        assertThatThrownBy(() -> directory.recordLogin(" ", Set.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("id");
        assertThatThrownBy(() -> directory.save(new CrmUser("x", " ", Set.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("displayName");
        assertThatThrownBy(() -> directory.recordLogin("x", Set.of("a,b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("roles");
    }

    @Test
    void listsUsersByDisplayNameAndByRole() {
        CrmUser tom = new CrmUser("tom", "Tom Bakker", Set.of("salesperson"));
        CrmUser sanne = new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager"));
        CrmUser fatima = new CrmUser("fatima", "Fatima El Amrani", Set.of("salesperson", "sales-viewer"));
        directory.save(tom);
        directory.save(sanne);
        directory.save(fatima);

        assertThat(directory.users()).containsExactly(fatima, sanne, tom);
        assertThat(directory.usersWithRole("salesperson")).containsExactly(fatima, tom);
        assertThat(directory.usersWithRole("sales")).isEmpty();
        assertThat(directory.find("nobody")).isEmpty();
    }

    @Test
    void hasNoCurrentUserOutsideARequest() {
        assertThat(directory.currentUser()).isEmpty();
    }

    @Test
    void seesTheUserTheServletBindsInTheSharedHolder() {
        CrmUser pieter = new CrmUser("pieter", "Pieter de Vries", Set.of("salesperson"));

        try (CurrentUserHolder.Binding binding = holder.bind(pieter)) {
            assertThat(directory.currentUser()).contains(pieter);
        }
        assertThat(directory.currentUser()).isEmpty();
    }

    @Test
    void runAsBindsTheUserAndRestoresThePreviousOne() throws Exception {
        CrmUser sanne = new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager"));
        CrmUser tom = new CrmUser("tom", "Tom Bakker", Set.of("salesperson"));
        directory.save(sanne);
        directory.save(tom);

        String seen = directory.runAs("sanne", () -> directory.currentUser().orElseThrow().id()
                + "," + directory.runAs("tom", () -> directory.currentUser().orElseThrow().id())
                + "," + directory.currentUser().orElseThrow().id());

        assertThat(seen).isEqualTo("sanne,tom,sanne");
        assertThat(directory.currentUser()).isEmpty();
    }

    @Test
    void runAsRestoresAfterAFailingTask() {
        directory.save(new CrmUser("tom", "Tom Bakker", Set.of("salesperson")));

        assertThatThrownBy(() -> directory.runAs("tom", () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(directory.currentUser()).isEmpty();
    }

    @Test
    void runAsRefusesAnUnknownUser() {
        assertThatThrownBy(() -> directory.runAs("ghost", () -> "never")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
    }

    @Test
    void currentUserIsPerThread() throws Exception {
        directory.save(new CrmUser("tom", "Tom Bakker", Set.of("salesperson")));

        boolean otherThreadSawNobody = directory.runAs("tom", () -> {
            return CompletableFuture.supplyAsync(() -> directory.currentUser().isEmpty()).get();
        });

        assertThat(otherThreadSawNobody).isTrue();
    }
}
