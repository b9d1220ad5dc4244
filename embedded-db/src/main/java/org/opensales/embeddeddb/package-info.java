/**
 * A launcher for a real MariaDB server that keeps its data between runs, for running the CRM
 * without installing a database. Started by the distribution's {@code bin/crm}; not an OSGi bundle.
 */
package org.opensales.embeddeddb;
