package org.opensales.host.shell.internal.contacts;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.NewContact;
import org.opensales.host.shell.internal.ui.Texts;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewChangeListener.ViewChangeEvent;
import com.vaadin.shared.ui.ValueChangeMode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Grid;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The address book: a search field, the matching contacts, and a small form for a new contact. */
final class ContactsView extends VerticalLayout implements View {

    private static final int SHOWN = 200;

    private final ContactRegistry registry;
    private final Texts texts;
    private final TextField search = new TextField();
    private final Grid<Contact> grid = new Grid<>();

    ContactsView(ContactRegistry registry, Texts texts) {
        this.registry = registry;
        this.texts = texts;
        setId("contacts-view");
        setSizeFull();

        Label title = new Label(texts.get("contacts.title"));
        title.addStyleName(ValoTheme.LABEL_H2);
        search.setId("contacts-search");
        search.setPlaceholder(texts.get("contacts.search"));
        search.setWidth("360px");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());

        grid.setId("contacts-grid");
        grid.addColumn(Contact::name).setId("name").setCaption(texts.get("contacts.name"));
        grid.addColumn(Contact::company).setId("company").setCaption(texts.get("contacts.company"));
        grid.addColumn(Contact::email).setId("email").setCaption(texts.get("contacts.email"));
        grid.addColumn(Contact::phone).setId("phone").setCaption(texts.get("contacts.phone"));
        grid.setSizeFull();

        addComponents(title, search, grid, newContactForm());
        setExpandRatio(grid, 1);
    }

    @Override
    public void enter(ViewChangeEvent event) {
        refresh();
    }

    private HorizontalLayout newContactForm() {
        TextField name = field("contact-name", "contacts.name");
        TextField company = field("contact-company", "contacts.company");
        TextField email = field("contact-email", "contacts.email");
        TextField phone = field("contact-phone", "contacts.phone");
        name.setRequiredIndicatorVisible(true);
        Button add = new Button(texts.get("contacts.add"), click -> {
            try {
                Contact added = registry.register(
                        new NewContact(name.getValue(), company.getValue(), email.getValue(), phone.getValue()));
                Notification.show(texts.get("contacts.added", added.name()), Notification.Type.TRAY_NOTIFICATION);
                name.clear();
                company.clear();
                email.clear();
                phone.clear();
                refresh();
            } catch (IllegalArgumentException e) {
                Notification.show(e.getMessage(), Notification.Type.WARNING_MESSAGE);
            }
        });
        add.setId("contact-add");
        add.addStyleName(ValoTheme.BUTTON_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, company, email, phone, add);
        form.setId("contact-form");
        form.setCaption(texts.get("contacts.new"));
        form.setDefaultComponentAlignment(Alignment.BOTTOM_LEFT);
        return form;
    }

    private TextField field(String id, String captionKey) {
        TextField field = new TextField(texts.get(captionKey));
        field.setId(id);
        return field;
    }

    private void refresh() {
        grid.setItems(registry.search(search.getValue(), SHOWN));
    }
}
