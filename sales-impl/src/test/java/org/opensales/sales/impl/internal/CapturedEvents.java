package org.opensales.sales.impl.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** An EventAdmin stand-in that keeps what is posted, so tests see the events without a framework. */
final class CapturedEvents implements EventAdmin {

    private final List<Event> posted = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        posted.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        throw new AssertionError("the Sales module posts events; it never sends them synchronously: " + event);
    }

    /** @return the topics posted so far, in order */
    List<String> topics() {
        return posted.stream().map(Event::getTopic).toList();
    }

    /** @return the events posted so far, in order */
    List<Event> events() {
        return List.copyOf(posted);
    }

    void clear() {
        posted.clear();
    }
}
