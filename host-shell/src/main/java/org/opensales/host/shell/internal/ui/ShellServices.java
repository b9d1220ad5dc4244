package org.opensales.host.shell.internal.ui;

import org.opensales.host.shell.internal.data.CurrentUserHolder;
import org.opensales.host.shell.internal.data.UserAccounts;
import org.opensales.host.shell.internal.security.JaasAuthenticator;

/**
 * What each shell UI needs from the OSGi side, handed over by the servlet.
 *
 * @param authenticator checks logins against the JAAS realm
 * @param accounts      records logins in the user directory
 * @param holder        binds the logged-in user to the thread
 * @param contributions the menu entries and views of all modules
 */
public record ShellServices(JaasAuthenticator authenticator, UserAccounts accounts, CurrentUserHolder holder,
                            ViewContributionTracker contributions) {
}
