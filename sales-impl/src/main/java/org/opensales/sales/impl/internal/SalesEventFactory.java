package org.opensales.sales.impl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opensales.sales.api.Phase;
import org.opensales.sales.api.SalesEvents;
import org.opensales.sales.api.SalesItem;
import org.osgi.service.event.Event;

/** Builds the EventAdmin events of a saved change, with the properties {@link SalesEvents} declares. */
final class SalesEventFactory {

    private SalesEventFactory() {
    }

    /**
     * @param item   the new item
     * @param userId who created it
     * @return the CREATED event
     */
    static List<Event> created(SalesItem item, String userId) {
        return List.of(new Event(SalesEvents.CREATED, properties(item, userId, null)));
    }

    /**
     * @param before the item before the change
     * @param after  the saved item
     * @param userId who changed it
     * @return UPDATED, then PHASE_CHANGED, WON and LOST as they apply
     */
    static List<Event> changed(SalesItem before, SalesItem after, String userId) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(SalesEvents.UPDATED, properties(after, userId, null)));
        Phase from = before.phase();
        Phase to = after.phase();
        if (from != to) {
            Map<String, Object> moved = properties(after, userId, from);
            events.add(new Event(SalesEvents.PHASE_CHANGED, moved));
            if (from.isOpen() && to.isWon()) {
                events.add(new Event(SalesEvents.WON, moved));
            }
            if (to == Phase.LOST) {
                events.add(new Event(SalesEvents.LOST, moved));
            }
        }
        return events;
    }

    private static Map<String, Object> properties(SalesItem item, String userId, Phase previous) {
        Map<String, Object> p = new HashMap<>();
        p.put(SalesEvents.ITEM_ID, item.id());
        p.put(SalesEvents.VERSION, item.version());
        p.put(SalesEvents.TITLE, item.title());
        p.put(SalesEvents.CONTACT_ID, item.contactId());
        p.put(SalesEvents.SALESPERSON_ID, item.salespersonId());
        p.put(SalesEvents.PHASE, item.phase().name());
        p.put(SalesEvents.AMOUNT, item.amount());
        p.put(SalesEvents.CURRENCY, item.currency());
        p.put(SalesEvents.USER_ID, userId);
        if (previous != null) {
            p.put(SalesEvents.PREVIOUS_PHASE, previous.name());
        }
        return p;
    }
}
