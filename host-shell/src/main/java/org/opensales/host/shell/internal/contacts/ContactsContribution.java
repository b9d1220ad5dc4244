package org.opensales.host.shell.internal.contacts;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.ui.MenuEntry;
import org.opensales.host.api.ui.ViewContribution;
import org.opensales.host.shell.internal.ui.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.vaadin.navigator.View;

/** The shell's own menu entry: the address book, open to every user. */
@Component(service = ViewContribution.class)
public final class ContactsContribution implements ViewContribution {

    private static final MenuEntry ENTRY = new MenuEntry("contacts",
            locale -> "nl".equals(locale.getLanguage()) ? "Contacten" : "Contacts", 10, "");

    private final ContactRegistry registry;

    /**
     * Creates the contribution.
     *
     * @param registry the address book the view shows and adds to
     */
    @Activate
    public ContactsContribution(@Reference(name = "registry") ContactRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MenuEntry menuEntry() {
        return ENTRY;
    }

    @Override
    public View createView() {
        return new ContactsView(registry, Texts.forCurrentUi());
    }
}
