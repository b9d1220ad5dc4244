package org.opensales.host.shell.internal.ui;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.opensales.host.api.CrmUser;
import org.opensales.host.shell.internal.data.CurrentUserHolder;
import org.opensales.host.shell.internal.security.AuthenticatedUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.annotations.Theme;
import com.vaadin.annotations.Title;
import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinService;
import com.vaadin.ui.UI;
import com.vaadin.ui.themes.ValoTheme;

/**
 * The CRM shell for one browser tab: the login form, then the menu of contributed views. The
 * logged-in user is kept in the Vaadin session, which the servlet reads to bind the current user.
 */
@Theme(ValoTheme.THEME_NAME)
@Title("OpenSales CRM")
public final class ShellUI extends UI {

    private static final Logger LOG = LoggerFactory.getLogger(ShellUI.class);

    private final transient ShellServices services;
    private Texts texts;

    /**
     * Creates a shell UI.
     *
     * @param services the OSGi services the shell works with
     */
    public ShellUI(ShellServices services) {
        this.services = services;
    }

    @Override
    protected void init(VaadinRequest request) {
        Locale chosen = getSession().getAttribute(Locale.class);
        if (chosen != null) {
            setLocale(chosen);
        }
        texts = new Texts(getLocale());
        CrmUser user = getSession().getAttribute(CrmUser.class);
        if (user == null) {
            setContent(new LoginPanel(texts, this::login));
        } else {
            showShell(user);
        }
    }

    private Optional<String> login(String username, String password) {
        CrmUser user;
        try {
            Optional<AuthenticatedUser> authenticated =
                    services.authenticator().authenticate(username, password.toCharArray());
            if (authenticated.isEmpty()) {
                return Optional.of(texts.get("login.failed"));
            }
            user = services.accounts().recordLogin(authenticated.get().login(), authenticated.get().roles());
        } catch (IllegalStateException e) {
            LOG.error("Login of {} failed", username, e);
            return Optional.of(texts.get("login.unavailable"));
        }
        SessionRenewal.renew(VaadinService.getCurrentRequest());
        getSession().setAttribute(CrmUser.class, user);
        try (CurrentUserHolder.Binding binding = services.holder().bind(user)) {
            showShell(user);
            getNavigator().navigateTo(getNavigator().getState());
        }
        return Optional.empty();
    }

    private void showShell(CrmUser user) {
        MainLayout layout = new MainLayout(texts, user, () -> services.contributions().visibleTo(user), this::logout,
                this::switchLanguage);
        setContent(layout);
        Navigator navigator = new Navigator(this, layout.content());
        navigator.addProvider(new ContributionViewProvider(services.contributions(), user));
        navigator.setErrorProvider(new ErrorProvider(texts));
        layout.menu().drive(navigator);
    }

    /** Keeps the choice for the session and rebuilds the page, so every view is made anew in that language. */
    private void switchLanguage(Locale locale) {
        getSession().setAttribute(Locale.class, locale);
        getPage().reload();
    }

    private void logout() {
        URI location = getPage().getLocation();
        getPage().setLocation(URI.create(location.getScheme() + "://" + location.getRawAuthority()
                + location.getRawPath()).toString());
        getSession().close();
    }

    /** Shows {@link NotAvailableView} for any state no contribution answers. */
    private record ErrorProvider(Texts texts) implements ViewProvider {

        @Override
        public String getViewName(String viewAndParameters) {
            return viewAndParameters;
        }

        @Override
        public View getView(String viewName) {
            return new NotAvailableView(texts);
        }
    }
}
