package org.opensales.sales.ui.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/** A stand-in user directory with the demo users; the current user is set by the test. */
final class FixedUsers implements UserDirectory {

    private final List<CrmUser> users;
    private final List<CrmUser> sorted;
    String current;

    FixedUsers() {
        this(List.of(
                new CrmUser("sanne", "Sanne Jansen", Set.of(SalesRoles.SALES_MANAGER)),
                new CrmUser("pieter", "Pieter de Vries", Set.of(SalesRoles.SALESPERSON)),
                new CrmUser("fatima", "Fatima El Amrani", Set.of(SalesRoles.SALESPERSON)),
                new CrmUser("tom", "Tom Bakker", Set.of(SalesRoles.SALESPERSON))));
    }

    FixedUsers(List<CrmUser> users) {
        this.users = List.copyOf(users);
        this.sorted = users.stream().sorted(Comparator.comparing(CrmUser::displayName)).toList();
    }

    /** @return the manager {@code sanne} and salespeople {@code sp001} to {@code spNNN} */
    static FixedUsers withSalespeople(int count) {
        List<CrmUser> all = new java.util.ArrayList<>();
        all.add(new CrmUser("sanne", "Sanne Jansen", Set.of(SalesRoles.SALES_MANAGER)));
        for (int i = 1; i <= count; i++) {
            String id = String.format("sp%03d", i);
            all.add(new CrmUser(id, "Salesperson " + id, Set.of(SalesRoles.SALESPERSON)));
        }
        return new FixedUsers(all);
    }

    @Override
    public Optional<CrmUser> find(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public List<CrmUser> users() {
        return sorted;
    }

    @Override
    public List<CrmUser> usersWithRole(String role) {
        return users().stream().filter(u -> u.hasRole(role)).toList();
    }

    @Override
    public Optional<CrmUser> currentUser() {
        return current == null ? Optional.empty() : find(current);
    }

    @Override
    public <T> T runAs(String userId, Callable<T> task) throws Exception {
        String before = current;
        current = userId;
        try {
            return task.call();
        } finally {
            current = before;
        }
    }
}
