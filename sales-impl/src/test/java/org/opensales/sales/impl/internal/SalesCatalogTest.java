package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.LostReason;
import org.opensales.sales.api.ValidationException;

class SalesCatalogTest extends SalesTestSupport {

    @Test
    void everySalesRoleReadsTheListsByName() {
        for (String user : new String[] {"sanne", "pieter", "vera"}) {
            users.actAs(user);
            assertThat(catalog.sources()).extracting(LeadSource::name).containsExactly(
                    "Campaign spring", "Cold call", "Partner", "Referral", "Trade fair", "Website");
            assertThat(catalog.lostReasons()).extracting(LostReason::name).containsExactly(
                    "Bad timing", "Chose a competitor", "No budget", "No decision", "Price too high");
        }
    }

    @Test
    void aManagerAddsAndChangesEntries() {
        LeadSource added = catalog.saveSource(new LeadSource("Radio 🎙", new BigDecimal("1500.5"), true));
        LeadSource changed = catalog.saveSource(new LeadSource("Website", new BigDecimal("300"), false));
        LostReason reason = catalog.saveLostReason(new LostReason("Went quiet", true));
        catalog.saveLostReason(new LostReason("No budget", false));

        assertThat(added).isEqualTo(new LeadSource("Radio 🎙", new BigDecimal("1500.50"), true));
        assertThat(changed).isEqualTo(new LeadSource("Website", new BigDecimal("300.00"), false));
        assertThat(reason).isEqualTo(new LostReason("Went quiet", true));
        assertThat(catalog.sources()).hasSize(7).contains(added, changed);
        assertThat(catalog.lostReasons()).contains(new LostReason("No budget", false), reason);
    }

    @Test
    void onlyAManagerChangesTheLists() {
        for (String user : new String[] {"pieter", "vera"}) {
            users.actAs(user);
            assertThatThrownBy(() -> catalog.saveSource(new LeadSource("Radio", BigDecimal.ONE, true)))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("user " + user + " is not a sales manager");
            assertThatThrownBy(() -> catalog.saveLostReason(new LostReason("Went quiet", true)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        users.actAs("sanne");
        assertThat(catalog.sources()).hasSize(6);
        assertThat(catalog.lostReasons()).hasSize(5);
    }

    @Test
    void entriesAreValidated() {
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> catalog.saveSource(new LeadSource(" ", new BigDecimal("-1"), true))).violations())
                .containsExactly(new FieldViolation("name", "is required"), new FieldViolation("campaignCost",
                        "must be at least 0 and less than 100000000000000, with at most 2 decimals"));
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> catalog.saveSource(new LeadSource("s".repeat(101), new BigDecimal("0.001"), true))).violations())
                .extracting(FieldViolation::field).containsExactly("name", "campaignCost");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> catalog.saveLostReason(new LostReason(null, true))).getMessage()).isEqualTo("name is required");
        assertThat(catalog.sources()).hasSize(6);
    }
}
