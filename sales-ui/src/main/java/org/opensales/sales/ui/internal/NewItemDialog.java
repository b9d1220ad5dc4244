package org.opensales.sales.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.data.Result;
import com.vaadin.server.UserError;
import com.vaadin.ui.AbstractComponent;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.DateField;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Notification;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.opensales.host.api.Contact;
import org.opensales.host.api.CrmUser;
import org.opensales.sales.api.FieldViolation;
import org.opensales.sales.api.NewSalesItem;
import org.opensales.sales.api.Phase;

/**
 * The "New item" dialog: title, a contact found by searching the host's address book, salesperson
 * (the current user by default), phase, amount, currency, expected close date and source. Save asks
 * the service to create the item; each rule the service reports broken shows on its field. A user who
 * is no salesperson, such as a sales manager, chooses the salesperson.
 */
final class NewItemDialog extends Window {

    final TextField title = new TextField();
    final ComboBox<Contact> contact = new ComboBox<>();
    final ComboBox<CrmUser> salesperson = new ComboBox<>();
    final ComboBox<Phase> phase = new ComboBox<>();
    final TextField amount = new TextField();
    final TextField currency = new TextField();
    final DateField expectedClose = new DateField();
    final ComboBox<String> source = new ComboBox<>();
    final Button save;
    private final ItemActions actions;
    private final AmountParser amounts;
    private final Messages messages;

    NewItemDialog(ItemActions actions, List<CrmUser> salespeople, Formats formats) {
        super(formats.messages().get(Text.NEW_ITEM));
        this.actions = actions;
        this.amounts = new AmountParser(formats);
        this.messages = formats.messages();
        setId("sales-new-item-dialog");
        setModal(true);
        setWidth("32em");

        title.setCaption(messages.get(Text.COLUMN_TITLE));
        title.setId("sales-new-item-title");
        title.setWidth("100%");
        contact.setCaption(messages.get(Text.COLUMN_CONTACT));
        contact.setId("sales-new-item-contact");
        contact.setPlaceholder(messages.get(Text.SEARCH_CONTACT));
        contact.setItemCaptionGenerator(Contact::displayName);
        contact.setDataProvider((text, offset, limit) -> actions.searchContacts(text).stream().skip(offset).limit(limit),
                text -> actions.searchContacts(text).size());
        contact.setWidth("100%");
        salesperson.setCaption(messages.get(Text.COLUMN_SALESPERSON));
        salesperson.setId("sales-new-item-salesperson");
        salesperson.setItems(salespeople);
        salesperson.setItemCaptionGenerator(CrmUser::displayName);
        actions.currentUser().flatMap(user -> salespeople.stream().filter(p -> p.id().equals(user.id())).findFirst())
                .ifPresent(salesperson::setValue);
        phase.setCaption(messages.get(Text.COLUMN_PHASE));
        phase.setId("sales-new-item-phase");
        phase.setItems(Phase.PROSPECT, Phase.QUOTE, Phase.ORDER, Phase.INVOICE);
        phase.setItemCaptionGenerator(messages::phase);
        phase.setEmptySelectionAllowed(false);
        phase.setTextInputAllowed(false);
        phase.setValue(Phase.PROSPECT);
        amount.setCaption(messages.get(Text.COLUMN_AMOUNT));
        amount.setId("sales-new-item-amount");
        currency.setCaption(messages.get(Text.COLUMN_CURRENCY));
        currency.setId("sales-new-item-currency");
        currency.setValue("EUR");
        currency.setMaxLength(3);
        currency.setWidth("5em");
        expectedClose.setCaption(messages.get(Text.COLUMN_CLOSE_DATE));
        expectedClose.setId("sales-new-item-close");
        expectedClose.setLocale(messages.locale());
        source.setCaption(messages.get(Text.COLUMN_SOURCE));
        source.setId("sales-new-item-source");
        source.setItems(actions.activeSources());

        save = new Button(messages.get(Text.SAVE), event -> save());
        save.setId("sales-new-item-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get(Text.CANCEL), event -> close());
        FormLayout form = new FormLayout(title, contact, salesperson, phase, amount, currency, expectedClose, source);
        setContent(new VerticalLayout(form, new HorizontalLayout(save, cancel)));
    }

    void save() {
        fields().values().forEach(field -> field.setComponentError(null));
        Result<BigDecimal> parsed = amounts.parse(amount.getValue());
        if (parsed.isError()) {
            amount.setComponentError(new UserError(parsed.getMessage().orElse("")));
            return;
        }
        Contact chosen = contact.getValue();
        if (chosen == null) {
            contact.setComponentError(new UserError(messages.get(Text.CHOOSE_CONTACT)));
            return;
        }
        CrmUser owner = salesperson.getValue();
        NewSalesItem item = new NewSalesItem(title.getValue().strip(), chosen.id(), owner == null ? null : owner.id(),
                phase.getValue(), expectedClose.getValue(), null, parsed.getOrThrow(IllegalStateException::new),
                currency.getValue().strip().toUpperCase(messages.locale()), source.getValue());
        ActionResult result = actions.create(item);
        if (result.done()) {
            notify(result.message(), Notification.Type.TRAY_NOTIFICATION);
            close();
            return;
        }
        List<String> unplaced = new ArrayList<>();
        for (FieldViolation violation : result.violations()) {
            AbstractComponent field = fields().get(violation.field());
            if (field == null) {
                unplaced.add(violation.toString());
            } else {
                field.setComponentError(new UserError(violation.rule()));
            }
        }
        if (result.violations().isEmpty()) {
            notify(result.message(), Notification.Type.WARNING_MESSAGE);
        } else if (!unplaced.isEmpty()) {
            notify(String.join("; ", unplaced), Notification.Type.WARNING_MESSAGE);
        }
    }

    /** @return the fields by the name the service gives them in a violation */
    Map<String, AbstractComponent> fields() {
        return Map.of("title", title, "contactId", contact, "salespersonId", salesperson, "phase", phase,
                "amount", amount, "currency", currency, "expectedCloseDate", expectedClose, "source", source);
    }

    private void notify(String message, Notification.Type type) {
        if (getUI() != null) {
            new Notification(message, type).show(getUI().getPage());
        }
    }
}
