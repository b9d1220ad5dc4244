package org.opensales.host.shell.internal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theSwitchOffersDutchToEveryoneButDutchReaders() {
        assertThat(Languages.other(Locale.US)).isEqualTo(Languages.DUTCH);
        assertThat(Languages.other(Locale.GERMANY)).isEqualTo(Languages.DUTCH);
        assertThat(Languages.other(new Locale("nl", "BE"))).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void eachLanguageIsNamedInItself() {
        assertThat(Languages.nameOf(Languages.DUTCH)).isEqualTo("Nederlands");
        assertThat(Languages.nameOf(Languages.ENGLISH)).isEqualTo("English");
    }

    @Test
    void theShellTextsExistInBothLanguages() {
        assertThat(new Texts(Languages.DUTCH).get("shell.logout")).isNotEqualTo(new Texts(Languages.ENGLISH).get("shell.logout"));
    }
}
