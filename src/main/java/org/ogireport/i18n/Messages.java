package org.ogireport.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts, Chinese first (messages.properties) with English as the second language
 * (messages_en.properties). The language is the app's own setting, not the system locale: an office PC with an
 * English Windows still gets Chinese unless the clerk asks otherwise ({@code OGI_REPORT_LANG=en} or
 * {@code -Dogi.lang=en}).
 */
public final class Messages {

    public static final String BUNDLE = "org.ogireport.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static volatile ResourceBundle bundle = load(initialLocale());

    private Messages() {
    }

    private static Locale initialLocale() {
        String lang = System.getProperty("ogi.lang", System.getenv("OGI_REPORT_LANG"));
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    private static ResourceBundle load(Locale locale) {
        // No fallback to the system locale: the base bundle is the Chinese one.
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        Locale l = bundle.getLocale();
        return l.getLanguage().isEmpty() ? CHINESE : l;
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text of a key with its {0}, {1} … filled in. Numbers are written plainly (2024, not 2,024; 0.50 as
     * typed). A missing key shows as the key itself, never a crash; a test keeps the bundles complete.
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof BigDecimal d ? d.toPlainString()
                    : args[i] instanceof Number n ? n.toString() : args[i];
        }
        return new MessageFormat(pattern, locale()).format(plain);
    }
}
