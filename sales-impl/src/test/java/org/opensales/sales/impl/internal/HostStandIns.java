package org.opensales.sales.impl.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.opensales.host.api.Contact;
import org.opensales.host.api.ContactRegistry;
import org.opensales.host.api.CrmUser;
import org.opensales.host.api.NewContact;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/** In-memory stand-ins for the host's services, so the tests exercise this bundle alone. */
final class HostStandIns {

    static final long ANNA = 1;
    static final long BAKKERIJ = 2;
    static final long CAFE = 3;

    private HostStandIns() {
    }

    /** @return a registry with contacts 1, 2 and 3 */
    static ContactRegistry contacts() {
        return new Contacts(Map.of(
                ANNA, new Contact(ANNA, "Anna de Vries", "Bakkerij Zon", "anna@example.org", ""),
                BAKKERIJ, new Contact(BAKKERIJ, "Bakkerij Zon", "", "", ""),
                CAFE, new Contact(CAFE, "Café Noir", "", "", "")));
    }

    /**
     * @return a directory with sanne (manager), pieter, fatima and tom (salespeople), vera (viewer)
     *         and nora (no sales role)
     */
    static Users users() {
        return new Users(Map.of(
                "sanne", new CrmUser("sanne", "Sanne Jansen", Set.of(SalesRoles.SALES_MANAGER)),
                "pieter", new CrmUser("pieter", "Pieter de Vries", Set.of(SalesRoles.SALESPERSON)),
                "fatima", new CrmUser("fatima", "Fatima El Amrani", Set.of(SalesRoles.SALESPERSON)),
                "tom", new CrmUser("tom", "Tom Bakker", Set.of(SalesRoles.SALESPERSON)),
                "vera", new CrmUser("vera", "Vera Visser", Set.of(SalesRoles.SALES_VIEWER)),
                "nora", new CrmUser("nora", "Nora Smit", Set.of("address-book"))));
    }

    private record Contacts(Map<Long, Contact> byId) implements ContactRegistry {

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
            return byId.values().stream().filter(c -> c.displayName().contains(text)).limit(limit).toList();
        }

        @Override
        public Contact register(NewContact contact) {
            throw new UnsupportedOperationException("not needed by these tests");
        }
    }

    /** A directory whose current user a test sets for its own thread, or binds with runAs. */
    static final class Users implements UserDirectory {

        private final Map<String, CrmUser> byId;
        private final Map<Thread, CrmUser> current = new ConcurrentHashMap<>();

        Users(Map<String, CrmUser> byId) {
            this.byId = byId;
        }

        @Override
        public Optional<CrmUser> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        /** @param userId the user the calls of this thread are made for from now on; null for nobody */
        void actAs(String userId) {
            if (userId == null) {
                current.remove(Thread.currentThread());
            } else {
                current.put(Thread.currentThread(), find(userId).orElseThrow());
            }
        }

        @Override
        public List<CrmUser> users() {
            return List.copyOf(byId.values());
        }

        @Override
        public List<CrmUser> usersWithRole(String role) {
            return byId.values().stream().filter(u -> u.hasRole(role)).toList();
        }

        @Override
        public Optional<CrmUser> currentUser() {
            return Optional.ofNullable(current.get(Thread.currentThread()));
        }

        @Override
        public <T> T runAs(String userId, Callable<T> task) throws Exception {
            CrmUser user = find(userId).orElseThrow(() -> new IllegalArgumentException("unknown user " + userId));
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
