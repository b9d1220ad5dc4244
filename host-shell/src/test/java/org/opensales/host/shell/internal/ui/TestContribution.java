package org.opensales.host.shell.internal.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.opensales.host.api.ui.MenuEntry;
import org.opensales.host.api.ui.ViewContribution;

import com.vaadin.navigator.View;
import com.vaadin.ui.CssLayout;

/** A contribution that counts the views it creates. */
final class TestContribution implements ViewContribution {

    private final MenuEntry entry;
    private final AtomicInteger created = new AtomicInteger();

    TestContribution(String id, int order, String requiredRole) {
        this.entry = new MenuEntry(id, locale -> id.toUpperCase(locale), order, requiredRole);
    }

    @Override
    public MenuEntry menuEntry() {
        return entry;
    }

    @Override
    public View createView() {
        created.incrementAndGet();
        return new TestView();
    }

    int created() {
        return created.get();
    }

    static final class TestView extends CssLayout implements View {
    }
}
