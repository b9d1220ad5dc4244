package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesItem;

class ContactLookupTest extends SalesTestSupport {

    @Test
    void itemsOfAContactAreMainOrExtraContactItemsActiveOrNotNewestFirst() {
        create("first", HostStandIns.ANNA, List.of(), Phase.PROSPECT, null);
        create("as extra", HostStandIns.BAKKERIJ, List.of(HostStandIns.CAFE, HostStandIns.ANNA), Phase.QUOTE, null);
        SalesItem inactive = create("inactive", HostStandIns.ANNA, List.of(), Phase.ORDER, null);
        service.update(inactive.toBuilder().active(false).build());
        create("not anna's", HostStandIns.BAKKERIJ, List.of(HostStandIns.CAFE), Phase.PROSPECT, null);

        assertThat(titles(service.itemsOfContact(HostStandIns.ANNA))).containsExactly("inactive", "as extra", "first");
        assertThat(titles(service.itemsOfContact(HostStandIns.CAFE))).containsExactly("not anna's", "as extra");
        assertThat(service.itemsOfContact(999)).isEmpty();
    }

    @Test
    void theOpenPipelineIsActiveProspectAndQuoteItemsOfTheMainContactByCloseDate() {
        create("later", HostStandIns.ANNA, List.of(), Phase.QUOTE, LocalDate.of(2025, 9, 1));
        create("no date", HostStandIns.ANNA, List.of(), Phase.PROSPECT, null);
        create("sooner", HostStandIns.ANNA, List.of(), Phase.PROSPECT, LocalDate.of(2025, 4, 1));
        create("won", HostStandIns.ANNA, List.of(), Phase.ORDER, LocalDate.of(2025, 4, 1));
        SalesItem lost = create("lost", HostStandIns.ANNA, List.of(), Phase.PROSPECT, null);
        service.markLost(lost.id(), lost.version(), "No budget", "");
        SalesItem inactive = create("inactive", HostStandIns.ANNA, List.of(), Phase.QUOTE, LocalDate.of(2025, 4, 1));
        service.update(inactive.toBuilder().active(false).build());
        create("extra only", HostStandIns.BAKKERIJ, List.of(HostStandIns.ANNA), Phase.QUOTE, null);

        assertThat(titles(service.openPipelineOfContact(HostStandIns.ANNA))).containsExactly("sooner", "later", "no date");
    }

    private SalesItem create(String title, long contactId, List<Long> extra, Phase phase, LocalDate closeDate) {
        return service.create(new NewItemDraft().title(title).contactId(contactId).extraContactIds(extra).phase(phase)
                .expectedCloseDate(closeDate).build());
    }

    private static List<String> titles(List<SalesItem> items) {
        return items.stream().map(SalesItem::title).toList();
    }
}
