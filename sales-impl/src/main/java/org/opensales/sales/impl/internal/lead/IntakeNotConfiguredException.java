package org.opensales.sales.impl.internal.lead;

/** The lead intake cannot take leads until its configuration is completed. */
final class IntakeNotConfiguredException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    IntakeNotConfiguredException(String what) {
        super("lead intake is not configured: " + what + " (etc/" + LeadIntakeConfig.PID + ".cfg)");
    }
}
