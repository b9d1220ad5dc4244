package org.opensales.host.shell.internal.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opensales.host.api.Contact;
import org.opensales.host.api.NewContact;

@ExtendWith(MariaDbExtension.class)
class JdbcContactRegistryTest {

    private DataSource dataSource;
    private JdbcContactRegistry registry;

    @BeforeEach
    void setUp(DataSource dataSource) {
        this.dataSource = dataSource;
        registry = new JdbcContactRegistry(dataSource, ShellConfigs.demo(false));
    }

    @Test
    void registersAndFindsAContact() {
        Contact stored = registry.register(new NewContact("  Anna de Vries ", "Bakkerij Zon", "anna@zon.nl", "+31 30 123"));

        assertThat(stored.id()).isPositive();
        assertThat(stored.name()).isEqualTo("Anna de Vries");
        assertThat(registry.find(stored.id())).contains(stored);
        assertThat(registry.find(stored.id() + 1000)).isEmpty();
    }

    @Test
    void keepsFullUnicode() {
        Contact stored = registry.register(new NewContact("Zoë Çelik 🚀", "Société Générale d'Été", "", ""));

        assertThat(registry.find(stored.id()).orElseThrow().name()).isEqualTo("Zoë Çelik 🚀");
    }

    @Test
    void searchesNameCompanyAndEmailIgnoringCase() {
        Contact anna = registry.register(new NewContact("Anna de Vries", "Bakkerij Zon", "anna@zon.nl", ""));
        Contact bas = registry.register(new NewContact("Bas Smit", "Smit Drukwerk", "bas@smit.nl", ""));
        Contact carla = registry.register(new NewContact("Carla Jansen", "", "carla@zonnig.example", ""));

        assertThat(registry.search("ANNA", 10)).containsExactly(anna);
        assertThat(registry.search("drukwerk", 10)).containsExactly(bas);
        assertThat(registry.search("zon", 10)).containsExactly(anna, carla);
        assertThat(registry.search("  ", 10)).containsExactly(anna, bas, carla);
        assertThat(registry.search(null, 2)).containsExactly(anna, bas);
        assertThat(registry.search("nobody", 10)).isEmpty();
    }

    @Test
    void findsWordsByTheirStartAndEveryWordOfTheText() {
        Contact anna = registry.register(new NewContact("Anna de Vries", "Bakkerij Zon", "anna@zon.nl", ""));
        Contact bas = registry.register(new NewContact("Bas Smit", "Smit Drukwerk", "bas@smit.nl", ""));
        Contact will = registry.register(new NewContact("Will About", "", "", ""));

        assertThat(registry.search("smi druk", 10)).containsExactly(bas);
        assertThat(registry.search("bakk", 10)).containsExactly(anna);
        assertThat(registry.search("rukwerk", 10)).as("inside a word: not a match").isEmpty();
        assertThat(registry.search("bas anna", 10)).isEmpty();
        assertThat(registry.search("about will", 10)).as("common words count").containsExactly(will);
        assertThat(registry.search("de", 10)).as("short: anywhere").containsExactly(anna);
        assertThat(registry.search("smit.nl", 10)).as("other characters: anywhere").containsExactly(bas);
        assertThat(registry.search("smi*", 10)).as("no search operators").isEmpty();
    }

    @Test
    void treatsLikeWildcardsAsText() {
        Contact percent = registry.register(new NewContact("100% Groen", "", "", ""));
        registry.register(new NewContact("Groenteboer", "", "", ""));

        assertThat(registry.search("%", 10)).containsExactly(percent);
        assertThat(registry.search("_", 10)).isEmpty();
    }

    @Test
    void refusesALimitBelowOne() {
        assertThatThrownBy(() -> registry.search("", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }

    @Test
    void findsManyAtOnceLeavingOutUnknownIds() {
        Contact a = registry.register(new NewContact("A", "", "", ""));
        Contact b = registry.register(new NewContact("B", "", "", ""));

        assertThat(registry.findAll(List.of(a.id(), b.id(), a.id(), 99_999L))).containsExactlyInAnyOrder(a, b);
        assertThat(registry.findAll(List.of())).isEmpty();
    }

    @Test
    void findsMoreIdsThanOneInClauseHolds() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            ids.add(registry.register(new NewContact("Contact " + i, "", "", "")).id());
        }

        assertThat(registry.findAll(ids)).hasSize(1_200);
    }

    @Test
    void validatesNewContactsNamingTheField() {
        assertThatThrownBy(() -> registry.register(new NewContact(" ", "", "", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name");
        assertThatThrownBy(() -> registry.register(new NewContact("x".repeat(201), "", "", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name");
        assertThatThrownBy(() -> registry.register(new NewContact("Anna", "c".repeat(201), "", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("company");
        assertThatThrownBy(() -> registry.register(new NewContact("Anna", "", "not-an-address", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email");
        assertThatThrownBy(() -> registry.register(new NewContact("Anna", "", "a@" + "b".repeat(250) + ".nl", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("email");
        assertThatThrownBy(() -> registry.register(new NewContact("Anna", "", "", "call me")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("phone");
        assertThatThrownBy(() -> registry.register(new NewContact("Anna", "", "", "1".repeat(51))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("phone");
        assertThat(registry.search("", 10)).isEmpty();
    }

    @Test
    void createsItsTableOnlyOnce() {
        Contact stored = registry.register(new NewContact("Anna", "", "", ""));

        JdbcContactRegistry again = new JdbcContactRegistry(dataSource, ShellConfigs.demo(false));

        assertThat(again.find(stored.id())).contains(stored);
    }
}
