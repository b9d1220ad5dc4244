package org.opensales.host.shell.internal.ui;

import java.util.Optional;

import com.vaadin.event.ShortcutAction.KeyCode;
import com.vaadin.ui.Alignment;
import com.vaadin.ui.Button;
import com.vaadin.ui.Label;
import com.vaadin.ui.Panel;
import com.vaadin.ui.PasswordField;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;

/** The login form, centred on the page. */
final class LoginPanel extends VerticalLayout {

    /** Tries a login and says what went wrong. */
    @FunctionalInterface
    interface Attempt {

        /**
         * Tries to log in.
         *
         * @param username the user name typed
         * @param password the password typed
         * @return a message for the user when the login failed, or empty on success
         */
        Optional<String> login(String username, String password);
    }

    LoginPanel(Texts texts, Attempt attempt) {
        setSizeFull();
        setId("login-view");

        TextField username = new TextField(texts.get("login.username"));
        username.setId("login-username");
        username.setWidthFull();
        username.focus();
        PasswordField password = new PasswordField(texts.get("login.password"));
        password.setId("login-password");
        password.setWidthFull();
        Label error = new Label();
        error.setId("login-error");
        error.addStyleName(ValoTheme.LABEL_FAILURE);
        error.setWidthFull();
        error.setVisible(false);
        Button login = new Button(texts.get("login.button"));
        login.setId("login-button");
        login.addStyleName(ValoTheme.BUTTON_PRIMARY);
        login.setClickShortcut(KeyCode.ENTER);
        login.addClickListener(click -> {
            Optional<String> failure = attempt.login(username.getValue(), password.getValue());
            failure.ifPresent(message -> {
                password.clear();
                error.setValue(message);
                error.setVisible(true);
                password.focus();
            });
        });

        VerticalLayout form = new VerticalLayout(username, password, error, login);
        Panel panel = new Panel(texts.get("login.title"), form);
        panel.setWidth("360px");
        addComponent(panel);
        setComponentAlignment(panel, Alignment.MIDDLE_CENTER);
    }
}
