package org.opensales.host.shell.internal.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.ui.MenuEntry;
import org.opensales.host.api.ui.ViewContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tracks the {@link ViewContribution} services of all bundles, so every UI can ask which entries a
 * user may see right now.
 */
@Component(service = ViewContributionTracker.class)
public final class ViewContributionTracker {

    private static final Comparator<ViewContribution> MENU_ORDER = Comparator
            .comparingInt((ViewContribution c) -> c.menuEntry().order())
            .thenComparing(c -> c.menuEntry().id());

    private final List<ViewContribution> contributions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ViewContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ViewContribution contribution) {
        contributions.remove(contribution);
    }

    /**
     * The contributions a user may see, in menu order.
     *
     * @param user the logged-in user
     * @return the visible contributions, sorted by {@link MenuEntry#order()}
     */
    public List<ViewContribution> visibleTo(CrmUser user) {
        return contributions.stream().filter(c -> mayOpen(user, c.menuEntry())).sorted(MENU_ORDER).toList();
    }

    /**
     * Finds the visible contribution with an id.
     *
     * @param user the logged-in user
     * @param id   the menu entry id, which is also the view name
     * @return the contribution, or empty when there is none or the user may not open it
     */
    public Optional<ViewContribution> find(CrmUser user, String id) {
        return visibleTo(user).stream().filter(c -> c.menuEntry().id().equals(id)).findFirst();
    }

    private static boolean mayOpen(CrmUser user, MenuEntry entry) {
        return entry.requiredRole().isEmpty() || user.hasRole(entry.requiredRole());
    }
}
