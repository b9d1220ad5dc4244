package org.opensales.host.shell.internal.data;

import java.util.Optional;

import org.opensales.host.api.CrmUser;
import org.osgi.service.component.annotations.Component;

/**
 * Knows on whose behalf the current thread works. The shell's servlet binds the logged-in user around
 * each request and the user directory answers {@code currentUser()} from here; both get this one
 * instance from DS, so no static state is involved.
 */
@Component(service = CurrentUserHolder.class)
public final class CurrentUserHolder {

    private final ThreadLocal<CrmUser> current = new ThreadLocal<>();

    /**
     * The user bound to the current thread.
     *
     * @return the user, or empty when the thread works for nobody
     */
    public Optional<CrmUser> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Binds a user to the current thread until the returned binding is closed, which restores the
     * user bound before.
     *
     * @param user the user, or null to bind nobody
     * @return the binding to close, in a try-with-resources block
     */
    public Binding bind(CrmUser user) {
        CrmUser previous = current.get();
        set(user);
        return () -> set(previous);
    }

    private void set(CrmUser user) {
        if (user == null) {
            current.remove();
        } else {
            current.set(user);
        }
    }

    /** A user bound to a thread; closing it restores the previous binding. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {

        /** Restores the user bound before. */
        @Override
        void close();
    }
}
