package org.opensales.sales.ui.internal;

import java.util.function.Consumer;

import com.vaadin.server.UserError;
import com.vaadin.ui.Button;
import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TextArea;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;

/** Asks why an item was lost: a reason from the active lost reasons and an optional note. */
final class LostDialog extends Window {

    final ComboBox<String> reason = new ComboBox<>();
    final TextArea note = new TextArea();
    final Button save;

    /**
     * @param actions gives the reasons and marks the item lost
     * @param row     the item to mark lost
     * @param done    told the result when the service answered
     */
    LostDialog(ItemActions actions, SalesRow row, Messages messages, Consumer<ActionResult> done) {
        super(messages.get(Text.LOST_DIALOG) + ": " + row.item().title());
        setId("sales-lost-dialog");
        setModal(true);
        setWidth("28em");
        reason.setId("sales-lost-reason");
        reason.setCaption(messages.get(Text.COLUMN_LOST_REASON));
        reason.setItems(actions.activeLostReasons());
        reason.setTextInputAllowed(false);
        reason.setWidth("100%");
        note.setId("sales-lost-note");
        note.setCaption(messages.get(Text.LOST_NOTE_FIELD));
        note.setWidth("100%");
        note.setRows(3);
        save = new Button(messages.get(Text.SAVE), event -> {
            if (reason.getValue() == null) {
                reason.setComponentError(new UserError(messages.get(Text.CHOOSE_REASON)));
                return;
            }
            ActionResult result = actions.markLost(row, reason.getValue(), note.getValue());
            if (result.done()) {
                close();
            }
            done.accept(result);
        });
        save.setId("sales-lost-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get(Text.CANCEL), event -> close());
        setContent(new VerticalLayout(new FormLayout(reason, note), new HorizontalLayout(save, cancel)));
    }
}
