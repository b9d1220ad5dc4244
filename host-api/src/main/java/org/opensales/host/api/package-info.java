/**
 * The contracts a CRM host offers its modules: the contact registry and the user directory.
 * <p>
 * A module such as Sales depends on these interfaces only, so it runs unchanged in any host that
 * registers implementations of them as OSGi services. Nothing here depends on a UI framework.
 */
@Export
@Version("1.0.0")
package org.opensales.host.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
