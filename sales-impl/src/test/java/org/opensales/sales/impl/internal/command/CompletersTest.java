package org.opensales.sales.impl.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opensales.host.api.CrmUser;

class CompletersTest {

    @Test
    void phasesAndSortFieldsAreTheEnumNames() {
        assertThat(PhaseCompleter.names()).containsExactly("PROSPECT", "QUOTE", "ORDER", "INVOICE", "LOST");
        assertThat(SortFieldCompleter.names()).contains("ID", "AMOUNT", "EXPECTED_CLOSE_DATE", "UPDATED_AT");
    }

    @Test
    void salespeopleAreTheUsersWithTheSalespersonRole() {
        Directory directory = new Directory(
                new CrmUser("sanne", "Sanne Jansen", Set.of("sales-manager")),
                new CrmUser("pieter", "Pieter de Vries", Set.of("salesperson")),
                new CrmUser("tom", "Tom Bakker", Set.of("salesperson")));

        assertThat(SalespersonCompleter.ids(directory)).containsExactly("pieter", "tom");
    }
}
