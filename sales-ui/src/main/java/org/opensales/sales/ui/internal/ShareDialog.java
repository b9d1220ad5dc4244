package org.opensales.sales.ui.internal;

import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.ui.Button;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.TwinColSelect;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.Window;
import com.vaadin.ui.themes.ValoTheme;
import org.opensales.host.api.CrmUser;

/** Chooses the users an item is shared with; they may read it besides its owner. */
final class ShareDialog extends Window {

    final TwinColSelect<CrmUser> users = new TwinColSelect<>();
    final Button save;

    /**
     * @param actions gives the users and saves the sharing
     * @param row     the item to share
     * @param done    told the result when the service answered
     */
    ShareDialog(ItemActions actions, SalesRow row, Messages messages, Consumer<ActionResult> done) {
        super(messages.get(Text.SHARE_DIALOG) + ": " + row.item().title());
        setId("sales-share-dialog");
        setModal(true);
        users.setId("sales-share-users");
        users.setItems(actions.shareCandidates(row));
        users.setItemCaptionGenerator(CrmUser::displayName);
        users.setRows(8);
        users.setValue(actions.shareCandidates(row).stream()
                .filter(user -> row.item().sharedWith().contains(user.id())).collect(Collectors.toSet()));
        save = new Button(messages.get(Text.SAVE), event -> {
            Set<String> ids = users.getValue().stream().map(CrmUser::id).collect(Collectors.toSet());
            ActionResult result = actions.share(row, ids);
            if (result.done()) {
                close();
            }
            done.accept(result);
        });
        save.setId("sales-share-save");
        save.addStyleName(ValoTheme.BUTTON_PRIMARY);
        Button cancel = new Button(messages.get(Text.CANCEL), event -> close());
        setContent(new VerticalLayout(users, new HorizontalLayout(save, cancel)));
    }
}
