package org.opensales.sales.ui.internal;

import java.util.Locale;

import org.opensales.sales.api.Phase;

/** The texts of the Sales view for one locale: Dutch when the locale's language is Dutch, else English. */
final class Messages {

    private final Locale locale;
    private final boolean dutch;

    private Messages(Locale locale) {
        this.locale = locale;
        this.dutch = "nl".equals(locale.getLanguage());
    }

    /**
     * @param locale the UI's locale; null means English
     * @return the messages for that locale
     */
    static Messages of(Locale locale) {
        return new Messages(locale == null ? Locale.ENGLISH : locale);
    }

    Locale locale() {
        return locale;
    }

    String get(Text text) {
        return text.in(dutch);
    }

    String format(Text text, Object... arguments) {
        return String.format(locale, get(text), arguments);
    }

    String phase(Phase phase) {
        return get(Text.valueOf("PHASE_" + phase.name()));
    }
}
