package org.opensales.host.shell.internal.ui;

import com.vaadin.navigator.View;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** Shown for a navigation state that names no view the user may open. */
final class NotAvailableView extends VerticalLayout implements View {

    NotAvailableView(Texts texts) {
        setId("not-available-view");
        Label label = new Label(texts.get("shell.notAvailable"));
        label.addStyleName(ValoTheme.LABEL_LARGE);
        addComponent(label);
    }
}
