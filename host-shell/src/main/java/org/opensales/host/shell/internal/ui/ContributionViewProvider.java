package org.opensales.host.shell.internal.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.ui.ViewContribution;

import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;

/**
 * Gives one UI's navigator the views of the contributions its user may open. Each view is created
 * once per UI and reused; a contribution that was replaced (its bundle restarted) gets a new view.
 * The empty navigation state opens the first menu entry.
 */
final class ContributionViewProvider implements ViewProvider {

    private final ViewContributionTracker contributions;
    private final CrmUser user;
    private final Map<String, CreatedView> views = new HashMap<>();

    ContributionViewProvider(ViewContributionTracker contributions, CrmUser user) {
        this.contributions = contributions;
        this.user = user;
    }

    @Override
    public String getViewName(String viewAndParameters) {
        String name = viewAndParameters.split("/", 2)[0];
        if (name.isEmpty()) {
            return contributions.visibleTo(user).stream().findFirst().map(c -> c.menuEntry().id()).orElse(null);
        }
        return contributions.find(user, name).isPresent() ? name : null;
    }

    @Override
    public View getView(String viewName) {
        Optional<ViewContribution> contribution = contributions.find(user, viewName);
        if (contribution.isEmpty()) {
            views.remove(viewName);
            return null;
        }
        CreatedView created = views.get(viewName);
        if (created == null || created.contribution() != contribution.get()) {
            created = new CreatedView(contribution.get(), contribution.get().createView());
            views.put(viewName, created);
        }
        return created.view();
    }

    private record CreatedView(ViewContribution contribution, View view) {
    }
}
