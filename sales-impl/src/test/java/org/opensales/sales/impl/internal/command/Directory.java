package org.opensales.sales.impl.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;

/** A user directory held in memory, standing in for the host's; it records whom runAs ran as. */
final class Directory implements UserDirectory {

    private final List<CrmUser> users;
    private CrmUser current;
    final List<String> ranAs = new ArrayList<>();

    Directory(CrmUser... users) {
        this.users = List.of(users);
    }

    @Override
    public Optional<CrmUser> find(String id) {
        return users.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    @Override
    public List<CrmUser> users() {
        return users;
    }

    @Override
    public List<CrmUser> usersWithRole(String role) {
        return users.stream().filter(u -> u.hasRole(role)).toList();
    }

    @Override
    public Optional<CrmUser> currentUser() {
        return Optional.ofNullable(current);
    }

    @Override
    public <T> T runAs(String userId, Callable<T> task) throws Exception {
        CrmUser before = current;
        current = find(userId).orElseThrow(() -> new IllegalArgumentException("unknown user: " + userId));
        ranAs.add(userId);
        try {
            return task.call();
        } finally {
            current = before;
        }
    }
}
