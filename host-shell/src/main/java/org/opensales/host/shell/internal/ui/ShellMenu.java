package org.opensales.host.shell.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.opensales.host.api.ui.MenuEntry;
import org.opensales.host.api.ui.ViewContribution;

import com.vaadin.navigator.Navigator;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The main menu: one button per visible contribution. It is rebuilt from the live contributions on
 * every navigation and every menu click, so entries come and go with their bundles.
 */
final class ShellMenu extends CssLayout {

    private static final String SELECTED = "selected";

    private final Supplier<List<ViewContribution>> entries;
    private Navigator navigator;

    ShellMenu(Supplier<List<ViewContribution>> entries) {
        this.entries = entries;
        setId("shell-menu");
        setPrimaryStyleName("valo-menuitems");
    }

    /**
     * Lets the menu drive a navigator and follow its view changes.
     *
     * @param navigator the UI's navigator
     */
    void drive(Navigator navigator) {
        this.navigator = navigator;
        navigator.addViewChangeListener(event -> {
            show(event.getViewName());
            return true;
        });
    }

    private void open(String id) {
        show(id);
        navigator.navigateTo(id);
    }

    private void show(String currentId) {
        removeAllComponents();
        for (ViewContribution contribution : entries.get()) {
            MenuEntry entry = contribution.menuEntry();
            Button button = new Button(entry.caption().apply(locale()), click -> open(entry.id()));
            button.setId("menu-" + entry.id());
            button.setPrimaryStyleName(ValoTheme.MENU_ITEM);
            if (entry.id().equals(currentId)) {
                button.addStyleName(SELECTED);
            }
            addComponent(button);
        }
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }
}
