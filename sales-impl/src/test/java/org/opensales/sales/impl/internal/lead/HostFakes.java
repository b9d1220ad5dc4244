package org.opensales.sales.impl.internal.lead;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/** In-memory stand-ins for the host's address book and users, behaving as host-api describes. */
final class HostFakes {

    private HostFakes() {
    }

    /** An address book that searches like the host's: name, company or e-mail contains, ignoring case. */
    static final class Contacts implements ContactRegistry {

        private final Map<Long, Contact> byId = new ConcurrentSkipListMap<>();
        private final AtomicLong ids = new AtomicLong(100);

        Contact add(String name, String company, String email, String phone) {
            return register(new NewContact(name, company, email, phone));
        }

        int size() {
            return byId.size();
        }

        @Override
        public Optional<Contact> find(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<Contact> findAll(Collection<Long> ids) {
            return ids.stream().map(byId::get).filter(c -> c != null).toList();
        }

        @Override
        public List<Contact> search(String text, int limit) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            return byId.values().stream()
                    .filter(c -> (c.name() + "\n" + c.company() + "\n" + c.email()).toLowerCase(Locale.ROOT)
                            .contains(needle))
                    .sorted(Comparator.comparing(Contact::name).thenComparing(Contact::id))
                    .limit(limit).toList();
        }

        @Override
        public Contact register(NewContact contact) {
            if (contact.name().isBlank()) {
                throw new IllegalArgumentException("name is required");
            }
            long id = ids.incrementAndGet();
            Contact stored = new Contact(id, contact.name(), contact.company(), contact.email(), contact.phone());
            byId.put(id, stored);
            return stored;
        }
    }

    /** sanne (sales manager), pieter and fatima (salespeople) and vera (viewer); runAs binds the thread. */
    static final class Users implements UserDirectory {

        private final Map<String, CrmUser> byId = Map.of(
                "sanne", new CrmUser("sanne", "Sanne Jansen", Set.of(SalesRoles.SALES_MANAGER)),
                "pieter", new CrmUser("pieter", "Pieter de Vries", Set.of(SalesRoles.SALESPERSON)),
                "fatima", new CrmUser("fatima", "Fatima El Amrani", Set.of(SalesRoles.SALESPERSON)),
                "vera", new CrmUser("vera", "Vera Visser", Set.of(SalesRoles.SALES_VIEWER)));
        private final ThreadLocal<CrmUser> current = new ThreadLocal<>();

        @Override
        public Optional<CrmUser> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<CrmUser> users() {
            return byId.values().stream().sorted(Comparator.comparing(CrmUser::displayName)).toList();
        }

        @Override
        public List<CrmUser> usersWithRole(String role) {
            return users().stream().filter(u -> u.hasRole(role)).toList();
        }

        @Override
        public Optional<CrmUser> currentUser() {
            return Optional.ofNullable(current.get());
        }

        @Override
        public <T> T runAs(String userId, Callable<T> task) throws Exception {
            CrmUser user = find(userId).orElseThrow(() -> new IllegalArgumentException("unknown user: " + userId));
            CrmUser previous = current.get();
            current.set(user);
            try {
                return task.call();
            } finally {
                current.set(previous);
            }
        }
    }
}
