package org.ogireport.ui;

import org.ogireport.i18n.Messages;

/**
 * The length of a text as the clerk counts it — its characters without spaces and line breaks — as a prose
 * editor shows it under its field and an import's preview beside each text it read.
 */
public final class CharacterCount {

    private CharacterCount() {
    }

    private static long of(String text) {
        return text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** The count in words: "120 字". */
    public static String describe(String text) {
        return Messages.get("ui.prose.count", of(text));
    }
}
