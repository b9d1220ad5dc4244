package org.opensales.bench.ui;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.server.WrappedSession;

/** The HTTP session a Vaadin session lives in, as a map. */
final class BenchSession implements WrappedSession {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final String id = UUID.randomUUID().toString();
    private final long created = System.currentTimeMillis();
    private int maxInactiveInterval = 1800;

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveInterval;
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public Set<String> getAttributeNames() {
        return Set.copyOf(attributes.keySet());
    }

    @Override
    public void invalidate() {
        attributes.clear();
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getCreationTime() {
        return created;
    }

    @Override
    public long getLastAccessedTime() {
        return created;
    }

    @Override
    public boolean isNew() {
        return true;
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        maxInactiveInterval = interval;
    }
}
