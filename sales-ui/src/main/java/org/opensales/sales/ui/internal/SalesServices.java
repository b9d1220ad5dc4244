package org.opensales.sales.ui.internal;

import java.util.Objects;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesCatalog;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;
import org.opensales.sales.api.SalesTargets;
import org.opensales.sales.api.UserPreferences;

/** The services the Sales view talks to; it never touches anything below them. */
record SalesServices(SalesService sales, SalesReportService reports, UserDirectory users,
                     ContactRegistry contacts, UserPreferences preferences, SalesCatalog catalog,
                     SalesTargets targets) {

    SalesServices {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(targets, "targets");
    }
}
