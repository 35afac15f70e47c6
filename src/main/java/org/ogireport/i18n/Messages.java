package org.ogireport.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The user-facing texts, Chinese first (NAME.properties) with English as the second language
 * (NAME_en.properties). They are kept in one bundle per area ({@link #BUNDLES}) and looked up as one.
 *
 * <p>The language is the app's own setting, not the system locale: an office PC with an English Windows still
 * gets Chinese unless the clerk asks otherwise ({@code OGI_REPORT_LANG=en} or {@code -Dogi.lang=en}).
 */
public final class Messages {

    /**
     * The bundles, by area: core (app, command line, store, files), rules, exports, imports, the window, the 汇总's
     * screens and commands, the window's filling guide, and the shared inbox (报送服务器).
     */
    public static final List<String> BUNDLES = List.of("messages", "rules", "export", "import", "ui", "summary",
            "guide", "server");
    public static final String PACKAGE = "org.ogireport.i18n.";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static volatile Merged bundle = load(initialLocale());

    private Messages() {
    }

    private static Locale initialLocale() {
        String lang = System.getProperty("ogi.lang", System.getenv("OGI_REPORT_LANG"));
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    private static Merged load(Locale locale) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String name : BUNDLES) {
            ResourceBundle b = area(name, locale);
            for (String key : b.keySet()) {
                all.put(key, b.getString(key));
            }
        }
        return new Merged(locale.getLanguage().equals("en") ? Locale.ENGLISH : CHINESE, all);
    }

    /** One area's bundle in a language; the base (Chinese) bundle when the language is not English. */
    public static ResourceBundle area(String name, Locale locale) {
        // No fallback to the system locale: the base bundle is the Chinese one.
        return ResourceBundle.getBundle(PACKAGE + name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    /** All texts of the current language as one bundle (for FXML and the command line's help). */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The text of a key with its {0}, {1} … filled in. Numbers are written plainly (2024, not 2,024; 0.50 as
     * typed). A missing key shows as the key itself, never a crash; a test keeps the bundles complete.
     */
    public static String get(String key, Object... args) {
        String pattern = bundle.texts.get(key);
        if (pattern == null) {
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

    /** The merged texts of every area in one language. */
    private static final class Merged extends ResourceBundle {
        private final Locale locale;
        private final Map<String, String> texts;

        Merged(Locale locale, Map<String, String> texts) {
            this.locale = locale;
            this.texts = Map.copyOf(texts);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }
}
