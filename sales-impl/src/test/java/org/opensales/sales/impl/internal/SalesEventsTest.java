package org.opensales.sales.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opensales.sales.api.SalesEvents.CREATED;
import static org.opensales.sales.api.SalesEvents.LOST;
import static org.opensales.sales.api.SalesEvents.PHASE_CHANGED;
import static org.opensales.sales.api.SalesEvents.UPDATED;
import static org.opensales.sales.api.SalesEvents.WON;

import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesEvents;
import org.opensales.sales.api.SalesItem;
import org.opensales.sales.api.SalesException;
import org.osgi.service.event.Event;

class SalesEventsTest extends SalesTestSupport {

    @Test
    void createPostsCreatedWithTheItemsProperties() {
        SalesItem item = service.create(new NewItemDraft().title("Oven <b>").amount("1234.50").currency("USD").build());

        assertThat(events.topics()).containsExactly(CREATED);
        Event event = events.events().get(0);
        assertThat(Arrays.asList(event.getPropertyNames())).contains(SalesEvents.ITEM_ID, SalesEvents.VERSION,
                SalesEvents.TITLE, SalesEvents.CONTACT_ID, SalesEvents.SALESPERSON_ID, SalesEvents.PHASE,
                SalesEvents.AMOUNT, SalesEvents.CURRENCY, SalesEvents.USER_ID)
                .doesNotContain(SalesEvents.PREVIOUS_PHASE);
        assertThat(event.getProperty(SalesEvents.ITEM_ID)).isEqualTo(item.id());
        assertThat(event.getProperty(SalesEvents.VERSION)).isEqualTo(1L);
        assertThat(event.getProperty(SalesEvents.TITLE)).isEqualTo("Oven <b>");
        assertThat(event.getProperty(SalesEvents.CONTACT_ID)).isEqualTo(HostStandIns.ANNA);
        assertThat(event.getProperty(SalesEvents.SALESPERSON_ID)).isEqualTo("pieter");
        assertThat(event.getProperty(SalesEvents.PHASE)).isEqualTo("PROSPECT");
        assertThat((BigDecimal) event.getProperty(SalesEvents.AMOUNT)).isEqualByComparingTo("1234.50");
        assertThat(event.getProperty(SalesEvents.CURRENCY)).isEqualTo("USD");
        assertThat(event.getProperty(SalesEvents.USER_ID)).isEqualTo("sanne");
    }

    @Test
    void everyUpdatePostsUpdated() {
        SalesItem item = service.create(new NewItemDraft().build());
        events.clear();

        SalesItem saved = as("pieter", () -> service.update(item.toBuilder().title("renamed").build()));

        assertThat(events.topics()).containsExactly(UPDATED);
        assertThat(events.events().get(0).getProperty(SalesEvents.VERSION)).isEqualTo(saved.version());
        assertThat(events.events().get(0).getProperty(SalesEvents.USER_ID)).isEqualTo("pieter");
    }

    @Test
    void aPhaseChangePostsPhaseChangedWithThePreviousPhase() {
        SalesItem item = service.create(new NewItemDraft().build());
        events.clear();

        service.update(item.toBuilder().phase(Phase.QUOTE).build());

        assertThat(events.topics()).containsExactly(UPDATED, PHASE_CHANGED);
        Event changed = events.events().get(1);
        assertThat(changed.getProperty(SalesEvents.PREVIOUS_PHASE)).isEqualTo("PROSPECT");
        assertThat(changed.getProperty(SalesEvents.PHASE)).isEqualTo("QUOTE");
    }

    @Test
    void winningFromAnOpenPhasePostsWon() {
        SalesItem quote = itemIn(Phase.QUOTE, "pieter");
        SalesItem prospect = itemIn(Phase.PROSPECT, "pieter");
        events.clear();

        SalesItem order = service.markWon(quote.id(), quote.version());
        service.update(prospect.toBuilder().phase(Phase.INVOICE).build());
        service.update(order.toBuilder().phase(Phase.INVOICE).build());

        assertThat(events.topics()).containsExactly(UPDATED, PHASE_CHANGED, WON, UPDATED, PHASE_CHANGED, WON,
                UPDATED, PHASE_CHANGED);
        assertThat(events.events().get(2).getProperty(SalesEvents.PREVIOUS_PHASE)).isEqualTo("QUOTE");
        assertThat(events.events().get(2).getProperty(SalesEvents.ITEM_ID)).isEqualTo(quote.id());
    }

    @Test
    void losingPostsLostAndReopeningOnlyAPhaseChange() {
        SalesItem item = service.create(new NewItemDraft().build());
        events.clear();

        SalesItem lost = service.markLost(item.id(), item.version(), "No budget", "");
        service.reopen(lost.id(), lost.version());

        assertThat(events.topics()).containsExactly(UPDATED, PHASE_CHANGED, LOST, UPDATED, PHASE_CHANGED);
        assertThat(events.events().get(2).getProperty(SalesEvents.PREVIOUS_PHASE)).isEqualTo("PROSPECT");
        assertThat(events.events().get(4).getProperty(SalesEvents.PHASE)).isEqualTo("PROSPECT");
    }

    @Test
    void aRefusedCallPostsNothing() {
        SalesItem item = service.create(new NewItemDraft().build());
        events.clear();

        assertThatThrownBy(() -> service.update(item.toBuilder().title("").build())).isInstanceOf(SalesException.class);
        assertThatThrownBy(() -> service.markLost(item.id(), item.version(), "", "")).isInstanceOf(SalesException.class);
        assertThatThrownBy(() -> service.update(item.toBuilder().version(7).build())).isInstanceOf(SalesException.class);
        assertThatThrownBy(() -> as("fatima", () -> service.markWon(item.id(), item.version())))
                .isInstanceOf(SalesException.class);

        assertThat(events.topics()).isEmpty();
    }
}
