package org.opensales.host.shell.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void speaksDutchAndFallsBackToEnglish() {
        assertThat(new Texts(new Locale("nl", "BE")).get("login.button")).isEqualTo("Inloggen");
        assertThat(new Texts(Locale.GERMAN).get("login.button")).isEqualTo("Sign in");
        assertThat(new Texts(Locale.ENGLISH).get("contacts.added", "Anna")).isEqualTo("Contact Anna added.");
    }
}
