package org.opensales.host.shell.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;

import org.junit.jupiter.api.Test;

class JaasAuthenticatorTest {

    private static final Configuration REALMS = new Configuration() {
        @Override
        public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
            return "demo".equals(name)
                    ? new AppConfigurationEntry[] {new AppConfigurationEntry(DemoLoginModule.class.getName(),
                            LoginModuleControlFlag.REQUIRED, Map.of())}
                    : null;
        }
    };

    private final JaasAuthenticator authenticator = new JaasAuthenticator("demo", REALMS);

    @Test
    void acceptsTheRightPasswordWithTheRealmsRoles() {
        assertThat(authenticator.authenticate("sanne", "demo".toCharArray()))
                .contains(new AuthenticatedUser("sanne", Set.of("sales-manager", "viewer")));
    }

    @Test
    void refusesAWrongPasswordOrUnknownUser() {
        assertThat(authenticator.authenticate("sanne", "wrong".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("ghost", "demo".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("", "demo".toCharArray())).isEmpty();
        assertThat(authenticator.authenticate("sanne", new char[0])).isEmpty();
    }

    @Test
    void reportsARealmThatDoesNotExist() {
        JaasAuthenticator missing = new JaasAuthenticator("missing", REALMS);

        assertThatThrownBy(() -> missing.authenticate("sanne", "demo".toCharArray()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
    }

    @Test
    void restoresTheContextClassLoader() {
        ClassLoader before = Thread.currentThread().getContextClassLoader();

        authenticator.authenticate("sanne", "demo".toCharArray());

        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }
}
