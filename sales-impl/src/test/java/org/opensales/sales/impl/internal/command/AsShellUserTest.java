package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;

class AsShellUserTest {

    private final Directory directory = new Directory(
            new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager")));

    @Test
    void runsTheTaskAsTheShellUser() throws Exception {
        String seen = new AsShellUser(directory, () -> Optional.of("sanne"))
                .call(() -> directory.currentUser().orElseThrow().id());

        assertThat(seen).isEqualTo("sanne");
        assertThat(directory.ranAs).containsExactly("sanne");
    }

    @Test
    void refusesAShellUserTheDirectoryDoesNotKnow() {
        assertThatThrownBy(() -> new AsShellUser(directory, () -> Optional.of("admin")).call(() -> "never"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Shell user 'admin' is not a user of the CRM");
        assertThat(directory.ranAs).isEmpty();
    }

    @Test
    void refusesWhenNobodyIsLoggedIn() {
        assertThatThrownBy(() -> new AsShellUser(directory, Optional::empty).call(() -> "never"))
                .hasMessage("No shell user: the sales commands need a logged-in shell session");
    }

    @Test
    void theShellUserIsTheSubjectsUserPrincipal() {
        Subject subject = new Subject();
        subject.getPrincipals().add(new RolePrincipal("sales-manager"));
        subject.getPrincipals().add(new UserPrincipal("sanne"));

        assertThat(ShellUser.of(subject)).contains("sanne");
        assertThat(ShellUser.of(new Subject())).isEmpty();
        assertThat(ShellUser.of(null)).isEmpty();
    }

    @Test
    @SuppressWarnings("removal")
    void outsideAnySubjectThereIsNoShellUser() {
        assertThat(ShellUser.current()).isEmpty();
    }
}
