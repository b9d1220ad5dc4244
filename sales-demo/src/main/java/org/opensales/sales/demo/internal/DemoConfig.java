package org.opensales.sales.demo.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the demo data seeder. */
@ObjectClassDefinition(name = "Sales demo data",
        description = "Fills an empty Sales module with about 200 example sales items.")
public @interface DemoConfig {

    /** @return true to create the demo items when the Sales module has no items yet */
    @AttributeDefinition(name = "Enabled",
            description = "Create the demo items on start when the Sales module has no sales items at all.")
    boolean enabled() default false;
}
