package org.opensales.host.api.ui;

import com.vaadin.navigator.View;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's contribution to the shell: a menu entry and a factory for its view.
 * <p>
 * The shell calls {@link #createView()} once for each browser UI that opens the entry, because
 * Vaadin components belong to a single UI. Registering the service adds the entry to every open
 * shell; unregistering it (stopping the bundle) removes it, without a restart.
 */
@ConsumerType
public interface ViewContribution {

    /**
     * The menu entry this contribution adds.
     *
     * @return the entry; the same value on every call
     */
    MenuEntry menuEntry();

    /**
     * Builds a fresh view for one UI. The shell passes the URL parameters after the view name to
     * the view's {@link View#enter} method.
     *
     * @return a new view instance, never shared between UIs
     */
    View createView();
}
