package org.opensales.host.shell.internal.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.ui.UI;

/** The shell's user-visible texts in English and Dutch. */
public final class Texts {

    private static final String BUNDLE = "org.opensales.host.shell.internal.ui.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    /**
     * Loads the texts for a locale; languages without a translation get English.
     *
     * @param locale the user's locale
     */
    public Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The texts for the UI being served, or English outside a UI.
     *
     * @return the texts
     */
    public static Texts forCurrentUi() {
        UI ui = UI.getCurrent();
        return new Texts(ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale());
    }

    /**
     * A text, with its {@code {0}}-style placeholders filled in.
     *
     * @param key       the text's key
     * @param arguments the values for the placeholders
     * @return the text
     */
    public String get(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
    }

    /**
     * The locale these texts are for.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }
}
