package org.opensales.host.shell.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.login.AccountException;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Checks a login name and password against a JAAS realm, such as Karaf's {@code karaf} realm. */
public final class JaasAuthenticator {

    private final String realm;
    private final Configuration configuration;

    /**
     * Uses the JVM's JAAS configuration, which Karaf fills with its realms.
     *
     * @param realm the realm name
     */
    public JaasAuthenticator(String realm) {
        this(realm, null);
    }

    JaasAuthenticator(String realm, Configuration configuration) {
        this.realm = realm;
        this.configuration = configuration;
    }

    /**
     * Logs a user in.
     *
     * @param login    the login name
     * @param password the password
     * @return the user with their roles, or empty when the name or password is wrong
     * @throws IllegalStateException when the realm cannot check logins at all
     */
    public Optional<AuthenticatedUser> authenticate(String login, char[] password) {
        if (login == null || login.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        CredentialsCallbackHandler handler = new CredentialsCallbackHandler(login.strip(), password);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the realm's login modules are loaded through the context class loader
        thread.setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext context = configuration == null
                    ? new LoginContext(realm, subject, handler)
                    : new LoginContext(realm, subject, handler, configuration);
            context.login();
        } catch (FailedLoginException | AccountException e) {
            return Optional.empty();
        } catch (LoginException e) {
            throw new IllegalStateException("JAAS realm " + realm + " cannot check logins: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst()
                .map(UserPrincipal::getName).orElse(login.strip());
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream()
                .map(RolePrincipal::getName).collect(Collectors.toSet());
        return Optional.of(new AuthenticatedUser(name, roles));
    }
}
