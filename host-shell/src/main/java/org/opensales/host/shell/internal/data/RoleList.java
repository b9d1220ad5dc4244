package org.opensales.host.shell.internal.data;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Stores a set of roles as one comma-separated column. */
final class RoleList {

    private RoleList() {
    }

    static String encode(Set<String> roles) {
        for (String role : roles) {
            if (role.isBlank() || role.contains(",")) {
                throw new IllegalArgumentException("roles may not be blank or hold a comma: '" + role + "'");
            }
        }
        return String.join(",", new TreeSet<>(roles));
    }

    static Set<String> decode(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
