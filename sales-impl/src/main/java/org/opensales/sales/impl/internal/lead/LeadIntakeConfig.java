package org.opensales.sales.impl.internal.lead;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the lead intake and its HTTP endpoint, PID {@code org.opensales.sales.lead}. */
@ObjectClassDefinition(name = "OpenSales lead intake",
        description = "Which leads from marketing automation qualify for sales, and who receives them")
public @interface LeadIntakeConfig {

    /** The configuration PID. */
    String PID = "org.opensales.sales.lead";

    /** @return whether a lead must carry the sales-ready flag to qualify */
    @AttributeDefinition(name = "Require sales-ready", description = "Only leads marked sales-ready qualify")
    boolean requireSalesReady() default true;

    /** @return the lowest marketing score that qualifies, 0 to 100 */
    @AttributeDefinition(name = "Minimum score", description = "The lowest marketing score (0 to 100) that qualifies")
    int minimumScore() default 0;

    /** @return the contact data a lead must have to qualify */
    @AttributeDefinition(name = "Required contact data",
            description = "NONE, EMAIL (an e-mail address) or EMAIL_OR_PHONE (an e-mail address or a phone number)")
    RequiredContactData requiredContactData() default RequiredContactData.EMAIL_OR_PHONE;

    /** @return the user id of the salesperson who receives the sales items of qualified leads */
    @AttributeDefinition(name = "Assign to",
            description = "User id of the salesperson who receives new sales items; required for qualification")
    String assignTo() default "";

    /** @return the user id the intake acts as when it creates items; empty means the assignTo user */
    @AttributeDefinition(name = "Run as", description = "User id the intake acts as; empty means the Assign to user")
    String runAs() default "";

    /** @return the bearer token the HTTP endpoint requires; empty disables the endpoint */
    @AttributeDefinition(name = "Token", type = AttributeType.PASSWORD,
            description = "Bearer token of POST /crm/api/leads; empty disables the endpoint (503)")
    String token() default "";
}
