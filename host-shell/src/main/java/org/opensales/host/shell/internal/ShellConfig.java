package org.opensales.host.shell.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The host shell's configuration, PID {@value #PID}, shared by its components.
 */
@ObjectClassDefinition(
        id = ShellConfig.PID,
        name = "OpenSales host shell",
        description = "The reference CRM host: address book, user directory and Vaadin shell.")
public @interface ShellConfig {

    /** The configuration PID, also the name of the file {@code etc/org.opensales.host.shell.cfg}. */
    String PID = "org.opensales.host.shell";

    /**
     * The filter selecting the DataSource for the address book and the user directory.
     *
     * @return an LDAP filter on {@code javax.sql.DataSource} services
     */
    @AttributeDefinition(name = "DataSource", description = "LDAP filter selecting the javax.sql.DataSource")
    String dataSource_target() default "(dataSourceName=crm)";

    /**
     * Whether to fill an empty database with demo users and contacts.
     *
     * @return true to seed demo data when there are no users yet
     */
    @AttributeDefinition(name = "Demo data", description = "Seed demo users and contacts into an empty database")
    boolean demo() default false;

    /**
     * The JAAS realm that checks the shell's logins.
     *
     * @return the realm name
     */
    @AttributeDefinition(name = "JAAS realm", description = "The JAAS realm that checks logins")
    String jaasRealm() default "karaf";
}
