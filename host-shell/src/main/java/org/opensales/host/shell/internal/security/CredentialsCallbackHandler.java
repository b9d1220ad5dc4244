package org.opensales.host.shell.internal.security;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;

/** Answers a login module's questions with the name and password the user typed. */
final class CredentialsCallbackHandler implements CallbackHandler {

    private final String login;
    private final char[] password;

    CredentialsCallbackHandler(String login, char[] password) {
        this.login = login;
        this.password = password.clone();
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(login);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
