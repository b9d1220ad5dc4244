/**
 * The Sales module's public API: sales items, the service that stores and finds them, filters,
 * sorting, report figures and the exceptions callers handle.
 * <p>
 * Other modules and the Sales UI depend on this package only. Every call is checked at this
 * boundary: bad input gets a {@link org.opensales.sales.api.ValidationException} naming each field
 * and rule, a stale update a {@link org.opensales.sales.api.ConflictException}.
 */
@Export
@Version("1.1.0")
package org.opensales.sales.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
