package org.opensales.bench.ui;

import com.vaadin.navigator.Navigator;
import com.vaadin.navigator.View;
import com.vaadin.navigator.ViewProvider;
import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Panel;
import com.vaadin.ui.UI;
import org.opensales.host.api.ui.ViewContribution;

/**
 * A UI like the CRM shell's once a user is logged in: a content area driven by a navigator that
 * builds the contributed view when the page's fragment first names it, as the shell's does.
 */
final class BenchUI extends UI {

    private final transient ViewContribution contribution;

    BenchUI(ViewContribution contribution) {
        this.contribution = contribution;
    }

    @Override
    protected void init(VaadinRequest request) {
        Panel content = new Panel();
        content.setSizeFull();
        setContent(content);
        new Navigator(this, content).addProvider(new OneView(contribution));
    }

    /** Answers the contribution's view name, and builds its view once per UI. */
    private static final class OneView implements ViewProvider {

        private final transient ViewContribution contribution;
        private View view;

        OneView(ViewContribution contribution) {
            this.contribution = contribution;
        }

        @Override
        public String getViewName(String viewAndParameters) {
            String name = contribution.menuEntry().id();
            return viewAndParameters.equals(name) || viewAndParameters.startsWith(name + "/") ? name : null;
        }

        @Override
        public View getView(String viewName) {
            if (view == null) {
                view = contribution.createView();
            }
            return view;
        }
    }
}
