package org.ogireport.format;

/** The prose fields of a report (spec §2), by their text key; the same in both format versions. */
public enum TextKey {
    PREAMBLE("s0.preamble"),
    /** The lead paragraphs of 一, before its first topic. */
    INTRO("s1.intro"),
    ACTIVE("s1.active"),
    ON_REQUEST("s1.on_request"),
    MANAGEMENT("s1.management"),
    PLATFORM("s1.platform"),
    OVERSIGHT("s1.oversight"),
    PROBLEMS("s5.problems"),
    MEASURES("s5.measures"),
    OTHER_MATTERS("s6.text");

    private final String key;

    TextKey(String key) {
        this.key = key;
    }

    /** The key in the report and the exchange format ({@code s1.active}). */
    public String key() {
        return key;
    }
}
