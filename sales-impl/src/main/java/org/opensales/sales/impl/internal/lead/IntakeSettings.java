package org.opensales.sales.impl.internal.lead;

import org.opensales.host.api.CrmUser;
import org.opensales.host.api.UserDirectory;
import org.opensales.sales.api.SalesRoles;

/**
 * The lead intake's configuration, checked against the host's users before each submission.
 *
 * @param rule     the qualification rule
 * @param assignTo the salesperson who receives new items; empty when not configured
 * @param runAs    the user the intake acts as; empty when not configured
 */
record IntakeSettings(QualificationRule rule, String assignTo, String runAs) {

    static IntakeSettings of(LeadIntakeConfig config) {
        String assignTo = strip(config.assignTo());
        String runAs = strip(config.runAs());
        return new IntakeSettings(new QualificationRule(config.requireSalesReady(), config.minimumScore(),
                config.requiredContactData()), assignTo, runAs.isEmpty() ? assignTo : runAs);
    }

    /**
     * Checks that the configuration names users who can do the work.
     *
     * @param users the host's users
     * @throws IntakeNotConfiguredException naming what is missing or wrong
     */
    void check(UserDirectory users) {
        if (rule.minimumScore() < 0 || rule.minimumScore() > 100) {
            throw new IntakeNotConfiguredException("minimumScore must be between 0 and 100");
        }
        if (assignTo.isEmpty()) {
            throw new IntakeNotConfiguredException("assignTo");
        }
        CrmUser salesperson = users.find(assignTo)
                .orElseThrow(() -> new IntakeNotConfiguredException("assignTo names no user: " + assignTo));
        if (!salesperson.hasRole(SalesRoles.SALESPERSON)) {
            throw new IntakeNotConfiguredException("assignTo user " + assignTo + " is not a salesperson");
        }
        CrmUser actor = users.find(runAs)
                .orElseThrow(() -> new IntakeNotConfiguredException("runAs names no user: " + runAs));
        if (!actor.id().equals(assignTo) && !actor.hasRole(SalesRoles.SALES_MANAGER)) {
            throw new IntakeNotConfiguredException("runAs user " + runAs
                    + " may not create items for " + assignTo + " (is not a sales manager)");
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
