package org.opensales.sales.ui.internal;

import java.util.Locale;

import com.vaadin.navigator.View;
import com.vaadin.ui.UI;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.host.api.ui.MenuEntry;
import org.opensales.host.api.ui.ViewContribution;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTargets;
import org.opensales.sales.api.UserPreferences;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Adds the Sales entry to the CRM shell's menu and builds a Sales view for each UI that opens it. */
@Component(service = ViewContribution.class)
public final class SalesViewContribution implements ViewContribution {

    private static final MenuEntry MENU_ENTRY =
            new MenuEntry("sales", locale -> Messages.of(locale).get(Text.MENU), 20, "");

    private final SalesServices services;

    /**
     * Creates the contribution.
     *
     * @param sales    stores and finds sales items
     * @param reports  computes the report figures
     * @param users    the host's users
     * @param contacts    the host's address book
     * @param preferences the current user's settings, such as the chosen columns
     * @param catalog     the managed lists of sources and lost reasons
     * @param targets     the salespeople's monthly targets, which a sales manager sets
     */
    @Activate
    public SalesViewContribution(@Reference SalesService sales, @Reference SalesReportService reports,
                                 @Reference UserDirectory users, @Reference ContactRegistry contacts,
                                 @Reference UserPreferences preferences, @Reference SalesCatalog catalog,
                                 @Reference SalesTargets targets) {
        this.services = new SalesServices(sales, reports, users, contacts, preferences, catalog, targets);
    }

    @Override
    public MenuEntry menuEntry() {
        return MENU_ENTRY;
    }

    @Override
    public View createView() {
        UI ui = UI.getCurrent();
        Messages messages = Messages.of(ui == null ? Locale.ENGLISH : ui.getLocale());
        return new SalesView(new SalesPresenter(services, messages), new Formats(messages));
    }
}
