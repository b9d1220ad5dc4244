package org.opensales.host.shell.internal.web;

import org.opensales.host.shell.internal.ui.ShellServices;
import org.opensales.host.shell.internal.ui.ShellUI;

import com.vaadin.server.UIClassSelectionEvent;
import com.vaadin.server.UICreateEvent;
import com.vaadin.server.UIProvider;
import com.vaadin.ui.UI;

/** Creates shell UIs with the services they need, instead of a no-argument constructor. */
final class ShellUIProvider extends UIProvider {

    private final transient ShellServices services;

    ShellUIProvider(ShellServices services) {
        this.services = services;
    }

    @Override
    public Class<? extends UI> getUIClass(UIClassSelectionEvent event) {
        return ShellUI.class;
    }

    @Override
    public UI createInstance(UICreateEvent event) {
        return new ShellUI(services);
    }
}
