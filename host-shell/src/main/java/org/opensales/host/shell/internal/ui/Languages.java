package org.opensales.host.shell.internal.ui;

import java.util.Locale;

/** The languages of the shell: English and Dutch. A browser asking for any other gets English. */
final class Languages {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale DUTCH = new Locale("nl");

    private Languages() {
    }

    /** @return the language the switch offers from the given one */
    static Locale other(Locale current) {
        return isDutch(current) ? ENGLISH : DUTCH;
    }

    /** @return the language's name in that language, as the switch shows it */
    static String nameOf(Locale locale) {
        return isDutch(locale) ? "Nederlands" : "English";
    }

    private static boolean isDutch(Locale locale) {
        return locale != null && DUTCH.getLanguage().equals(locale.getLanguage());
    }
}
