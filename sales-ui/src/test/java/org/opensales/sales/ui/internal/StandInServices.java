package org.opensales.sales.ui.internal;

import org.opensales.host.api.ContactRegistry;
import org.opensales.sales.api.UserPreferences;

/** The services a Sales view works with, as in-memory stand-ins around one {@link InMemorySales}. */
final class StandInServices {

    private StandInServices() {
    }

    static SalesServices of(InMemorySales sales, FixedUsers users) {
        return of(sales, users, new FixedContacts(), new InMemoryPreferences());
    }

    static SalesServices of(InMemorySales sales, FixedUsers users, ContactRegistry contacts,
                            UserPreferences preferences) {
        return new SalesServices(sales, sales, users, contacts, preferences, new FixedCatalog(),
                new InMemoryTargets(sales.targets, users));
    }
}
