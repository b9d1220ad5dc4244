package org.opensales.sales.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the Sales module's database access, PID {@code org.opensales.sales.impl}. */
@ObjectClassDefinition(name = "OpenSales Sales database",
        description = "Which DataSource service the Sales module stores its items in")
public @interface SalesDatabaseConfig {

    /** The configuration PID. */
    String PID = "org.opensales.sales.impl";

    /**
     * The LDAP filter that selects the {@code javax.sql.DataSource} service.
     *
     * @return the filter, by default the CRM's shared DataSource
     */
    @AttributeDefinition(name = "DataSource filter",
            description = "LDAP filter selecting the javax.sql.DataSource service, such as (dataSourceName=crm)")
    String dataSource_target() default "(dataSourceName=crm)";
}
