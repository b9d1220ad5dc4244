package org.opensales.sales.ui.internal;

import java.util.Objects;

import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesReportService;
import org.opensales.sales.api.SalesService;

/** The services the Sales view talks to; it never touches anything below them. */
record SalesServices(SalesService sales, SalesReportService reports, UserDirectory users,
                     ContactRegistry contacts) {

    SalesServices {
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(contacts, "contacts");
    }
}
