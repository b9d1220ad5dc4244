package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opensales.sales.api.AccessDeniedException;
import org.opensales.sales.api.LeadSource;
import org.opensales.sales.api.NotFoundException;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesFilter;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.ValidationException;

/**
 * The access rule for each role. Pieter owns "own", Fatima owns "other" and shares "shared" with
 * Pieter; Tom owns nothing.
 */
class AccessTest extends SalesTestSupport {

    private SalesItem own;
    private SalesItem other;
    private SalesItem shared;

    private void createItems() {
        own = service.create(new NewItemDraft().title("own").salespersonId("pieter").build());
        other = service.create(new NewItemDraft().title("other").salespersonId("fatima").build());
        shared = service.create(new NewItemDraft().title("shared").salespersonId("fatima")
                .sharedWith(Set.of("pieter")).build());
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, no user is logged in", "nora, user nora has no sales role"}, nullValues = "NULL")
    void withoutASalesRoleEveryCallIsRefused(String user, String message) {
        createItems();
        users.actAs(user);
        for (Executable call : List.<Executable>of(
                () -> service.create(new NewItemDraft().build()),
                () -> service.get(own.id()),
                () -> service.update(own.toBuilder().title("x").build()),
                () -> service.markWon(own.id(), own.version()),
                () -> service.markLost(own.id(), own.version(), "No budget", ""),
                () -> service.reopen(own.id(), own.version()),
                () -> service.history(own.id()),
                () -> service.find(SalesFilter.all(), List.of(), 0, 10),
                () -> service.count(SalesFilter.all()),
                () -> service.itemsOfContact(HostStandIns.ANNA),
                () -> service.openPipelineOfContact(HostStandIns.ANNA),
                () -> reports.generalInformation(SalesFilter.all()),
                () -> reports.totalsPerSalesperson(SalesFilter.all()),
                () -> catalog.sources(),
                () -> catalog.lostReasons())) {
            assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class).hasMessage(message);
        }
        users.actAs("sanne");
        assertThat(service.get(own.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(own);
        assertThat(rowsInTable()).isEqualTo(3);
    }

    @Test
    void aManagerReadsAndChangesEverything() {
        createItems();

        assertThat(titles(service.find(SalesFilter.all(), List.of(), 0, 10))).containsExactly("own", "other", "shared");
        assertThat(service.count(SalesFilter.all())).isEqualTo(3);
        SalesItem reassigned = service.update(other.toBuilder().salespersonId("tom").build());
        assertThat(reassigned.salespersonId()).isEqualTo("tom");
        assertThat(service.markWon(own.id(), own.version()).phase()).isEqualTo(Phase.ORDER);
    }

    @Test
    void itemsGoOnlyToUsersWhoMayOwnThem() {
        createItems();

        assertThat(service.update(own.toBuilder().salespersonId("sanne").build()).salespersonId())
                .as("a manager may own items").isEqualTo("sanne");
        assertThatThrownBy(() -> service.update(other.toBuilder().salespersonId("vera").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("salespersonId must be a user with the role salesperson or sales-manager");
        assertThatThrownBy(() -> service.update(other.toBuilder().salespersonId("ghost").build()))
                .isInstanceOf(ValidationException.class).hasMessage("salespersonId refers to no user");
        assertThat(service.get(other.id()).orElseThrow().salespersonId()).isEqualTo("fatima");
    }

    @Test
    void aSalespersonReadsOwnAndSharedItemsOnly() {
        createItems();
        users.actAs("pieter");

        assertThat(titles(service.find(SalesFilter.all(), List.of(), 0, 10))).containsExactly("own", "shared");
        assertThat(service.count(SalesFilter.all())).isEqualTo(2);
        assertThat(service.count(SalesFilter.all().forSalesperson("fatima"))).isEqualTo(1);
        assertThat(service.get(own.id())).isPresent();
        assertThat(service.get(shared.id())).isPresent();
        assertThat(service.get(other.id())).isEmpty();
        assertThat(titles(service.itemsOfContact(HostStandIns.ANNA))).containsExactlyInAnyOrder("own", "shared");
        assertThat(titles(service.openPipelineOfContact(HostStandIns.ANNA))).containsExactlyInAnyOrder("own", "shared");
        users.actAs("tom");
        assertThat(service.count(SalesFilter.all())).isZero();
        assertThat(service.find(SalesFilter.all(), List.of(), 0, 10)).isEmpty();
    }

    @Test
    void aSalespersonChangesOwnItemsOnly() {
        createItems();
        users.actAs("pieter");

        SalesItem changed = service.update(own.toBuilder().amount(new BigDecimal("77")).build());
        assertThat(changed.amount()).isEqualByComparingTo("77");
        assertThatThrownBy(() -> service.update(shared.toBuilder().title("mine now").build()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("user pieter may not change sales item " + shared.id() + " of fatima");
        assertThatThrownBy(() -> service.markWon(shared.id(), shared.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.markLost(shared.id(), shared.version(), "No budget", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update(other.toBuilder().title("x").build()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.markWon(other.id(), other.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(shared.toBuilder().salespersonId("pieter").build()))
                .as("taking over an item needs edit rights on it").isInstanceOf(AccessDeniedException.class);
        users.actAs("sanne");
        assertThat(service.get(shared.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(shared);
        assertThat(service.get(other.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(other);
    }

    @Test
    void aSalespersonCreatesItemsForThemselvesOnly() {
        users.actAs("pieter");

        assertThat(service.create(new NewItemDraft().salespersonId("pieter").build()).createdBy()).isEqualTo("pieter");
        assertThatThrownBy(() -> service.create(new NewItemDraft().salespersonId("fatima").build()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("user pieter may create sales items only for themselves, not for fatima");
        assertThat(rowsInTable()).isEqualTo(1);
    }

    @Test
    void aSalespersonMayHandTheirItemToAColleague() {
        createItems();
        users.actAs("pieter");

        SalesItem handed = service.update(own.toBuilder().salespersonId("tom").build());

        assertThat(handed.salespersonId()).isEqualTo("tom");
        assertThat(service.get(own.id())).as("no longer pieter's to read").isEmpty();
    }

    @Test
    void aViewerReadsEverythingAndChangesNothing() {
        createItems();
        SalesItem lost = service.markLost(other.id(), other.version(), "No budget", "");
        users.actAs("vera");

        assertThat(service.count(SalesFilter.all())).isEqualTo(3);
        assertThat(service.get(other.id())).isPresent();
        assertThat(reports.generalInformation(SalesFilter.all()).count()).isEqualTo(3);
        for (Executable call : List.<Executable>of(
                () -> service.create(new NewItemDraft().salespersonId("pieter").build()),
                () -> service.update(own.toBuilder().title("x").build()),
                () -> service.markWon(own.id(), own.version()),
                () -> service.markLost(own.id(), own.version(), "No budget", ""),
                () -> service.reopen(lost.id(), lost.version()),
                () -> catalog.saveSource(new LeadSource("Radio", BigDecimal.ONE, true)))) {
            assertThatThrownBy(call::execute).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> service.update(own.toBuilder().title("x").build()))
                .hasMessage("user vera may only read sales items");
        assertThat(rowsInTable()).isEqualTo(3);
    }

    @Test
    void inactiveItemsFollowTheSameRule() {
        createItems();
        service.update(shared.toBuilder().active(false).build());
        service.update(other.toBuilder().active(false).build());
        users.actAs("pieter");

        assertThat(titles(service.find(SalesFilter.builder().includeInactive(true).build(), List.of(), 0, 10)))
                .containsExactly("own", "shared");
        assertThat(titles(service.itemsOfContact(HostStandIns.ANNA))).containsExactlyInAnyOrder("own", "shared");
    }

    private static List<String> titles(List<SalesItem> items) {
        return items.stream().map(SalesItem::title).toList();
    }
}
