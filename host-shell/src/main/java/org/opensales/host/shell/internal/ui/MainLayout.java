package org.opensales.host.shell.internal.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.ui.ViewContribution;

import com.vaadin.shared.ui.MarginInfo;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The logged-in shell: the Valo menu on the left; a header with the user and logout above the view. */
final class MainLayout extends HorizontalLayout {

    private final ShellMenu menu;
    private final Panel content = new Panel();

    MainLayout(Texts texts, CrmUser user, Supplier<List<ViewContribution>> entries, Runnable logout,
               Consumer<Locale> switchLanguage) {
        menu = new ShellMenu(entries);
        setSizeFull();
        setSpacing(false);

        CssLayout title = new CssLayout(new Label(texts.get("app.title")));
        title.addStyleName(ValoTheme.MENU_TITLE);
        CssLayout menuPart = new CssLayout(title, menu);
        menuPart.addStyleName(ValoTheme.MENU_PART);
        menuPart.setHeightFull();
        CssLayout side = new CssLayout(menuPart);
        side.setId("shell-side");
        side.setPrimaryStyleName(ValoTheme.MENU_ROOT);
        side.setHeightFull();

        Label userName = new Label(user.displayName());
        userName.setId("user-name");
        userName.addStyleName(ValoTheme.LABEL_BOLD);
        Button logoutButton = new Button(texts.get("shell.logout"), click -> logout.run());
        logoutButton.setId("logout-button");
        logoutButton.addStyleName(ValoTheme.BUTTON_SMALL);
        Locale other = Languages.other(texts.locale());
        Button languageButton = new Button(Languages.nameOf(other), click -> switchLanguage.accept(other));
        languageButton.setId("language-switch");
        languageButton.addStyleNames(ValoTheme.BUTTON_SMALL, ValoTheme.BUTTON_LINK);
        HorizontalLayout header = new HorizontalLayout(languageButton, userName, logoutButton);
        header.setId("shell-header");
        header.setDefaultComponentAlignment(Alignment.MIDDLE_RIGHT);

        content.setId("shell-content");
        content.addStyleName(ValoTheme.PANEL_BORDERLESS);
        content.setSizeFull();

        VerticalLayout main = new VerticalLayout(header, content);
        main.setSizeFull();
        main.setMargin(new MarginInfo(true, false, false, false));
        main.setComponentAlignment(header, Alignment.TOP_RIGHT);
        main.setExpandRatio(content, 1);
        header.setMargin(new MarginInfo(false, true, false, true));

        addComponents(side, main);
        setExpandRatio(main, 1);
    }

    ShellMenu menu() {
        return menu;
    }

    Panel content() {
        return content;
    }
}
