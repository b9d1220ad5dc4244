package org.opensales.sales.impl.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The configuration of the Sales module, PID {@code org.opensales.sales.impl}: the database it uses and
 * the default probability of each phase.
 */
@ObjectClassDefinition(name = "OpenSales Sales",
        description = "Which DataSource service the Sales module stores its items in, and the default probability per phase")
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

    /** @return the default probability in percent of a PROSPECT item */
    @AttributeDefinition(name = "Probability of a prospect", min = "0", max = "100")
    int probability_prospect() default 10;

    /** @return the default probability in percent of a QUOTE item */
    @AttributeDefinition(name = "Probability of a quote", min = "0", max = "100")
    int probability_quote() default 40;

    /** @return the default probability in percent of an ORDER item */
    @AttributeDefinition(name = "Probability of an order", min = "0", max = "100")
    int probability_order() default 100;

    /** @return the default probability in percent of an INVOICE item */
    @AttributeDefinition(name = "Probability of an invoice", min = "0", max = "100")
    int probability_invoice() default 100;

    /** @return the default probability in percent of a LOST item */
    @AttributeDefinition(name = "Probability of a lost item", min = "0", max = "100")
    int probability_lost() default 0;
}
