/**
 * The shell's contribution SPI for Vaadin 8: how a module adds a menu entry and a view to the CRM's
 * user interface.
 * <p>
 * A module registers a {@link org.opensales.host.api.ui.ViewContribution} service; the shell tracks
 * these services and shows an entry for each while its bundle runs. This package is the only part of
 * the host API that depends on Vaadin, so bundles without a UI never import Vaadin.
 */
@Export
@Version("1.0.0")
package org.opensales.host.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
