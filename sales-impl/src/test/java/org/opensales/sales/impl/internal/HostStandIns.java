package org.opensales.sales.impl.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/**
 * In-memory stand-ins for the host's address book and users, behaving as host-api describes, so the
 * tests of every package exercise this bundle alone.
 */
public final class HostStandIns {

    public static final long ANNA = 1;
    public static final long BAKKERIJ = 2;
    public static final long CAFE = 3;

    private HostStandIns() {
    }

    /** @return an address book holding {@link #ANNA}, {@link #BAKKERIJ} and {@link #CAFE} */
    public static Contacts contacts() {
        Contacts contacts = new Contacts();
        contacts.put(new Contact(ANNA, "Anna de Vries", "Bakkerij Zon", "anna@example.org", ""));
        contacts.put(new Contact(BAKKERIJ, "Bakkerij Zon", "", "", ""));
        contacts.put(new Contact(CAFE, "Café Noir", "", "", ""));
        return contacts;
    }

    /**
     * @return a directory with sanne (manager), pieter, fatima and tom (salespeople), vera (viewer)
     *         and nora (no sales role), and nobody logged in
     */
    public static Users users() {
        return new Users();
    }

    /**
     * An address book that searches like the host's: name, company or e-mail contains the text,
     * ignoring case, ordered by name. New contacts get ids from 101 on.
     */
    public static final class Contacts implements ContactRegistry {

        private final Map<Long, Contact> byId = new ConcurrentSkipListMap<>();
        private final AtomicLong ids = new AtomicLong(100);

        /** An empty address book. */
        public Contacts() {
        }

        /** @return the registered contact */
        public Contact add(String name, String company, String email, String phone) {
            return register(new NewContact(name, company, email, phone));
        }

        /** @return how many contacts there are */
        public int size() {
            return byId.size();
        }

        private void put(Contact contact) {
            byId.put(contact.id(), contact);
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
            Contact stored = new Contact(ids.incrementAndGet(), contact.name(), contact.company(), contact.email(),
                    contact.phone());
            put(stored);
            return stored;
        }
    }

    /** A directory whose current user a test sets for its own thread with actAs, or binds with runAs. */
    public static final class Users implements UserDirectory {

        private final Map<String, CrmUser> byId = Map.of(
                "sanne", new CrmUser("sanne", "Sanne Jansen", Set.of(SalesRoles.SALES_MANAGER)),
                "pieter", new CrmUser("pieter", "Pieter de Vries", Set.of(SalesRoles.SALESPERSON)),
                "fatima", new CrmUser("fatima", "Fatima El Amrani", Set.of(SalesRoles.SALESPERSON)),
                "tom", new CrmUser("tom", "Tom Bakker", Set.of(SalesRoles.SALESPERSON)),
                "vera", new CrmUser("vera", "Vera Visser", Set.of(SalesRoles.SALES_VIEWER)),
                "nora", new CrmUser("nora", "Nora Smit", Set.of("address-book")));
        private final Map<Thread, CrmUser> current = new ConcurrentHashMap<>();

        private Users() {
        }

        /** @param userId the user the calls of this thread are made for from now on; null for nobody */
        public void actAs(String userId) {
            if (userId == null) {
                current.remove(Thread.currentThread());
            } else {
                current.put(Thread.currentThread(), find(userId).orElseThrow());
            }
        }

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
            return Optional.ofNullable(current.get(Thread.currentThread()));
        }

        @Override
        public <T> T runAs(String userId, Callable<T> task) throws Exception {
            CrmUser user = find(userId).orElseThrow(() -> new IllegalArgumentException("unknown user: " + userId));
            CrmUser previous = current.put(Thread.currentThread(), user);
            try {
                return task.call();
            } finally {
                if (previous == null) {
                    current.remove(Thread.currentThread());
                } else {
                    current.put(Thread.currentThread(), previous);
                }
            }
        }
    }
}
