package org.ogireport.format;

/** The prose fields of a report (spec §2), by their text key; the same in both format versions. */
public enum TextKey {
    PREAMBLE("s0.preamble", SectionKey.PREAMBLE),
    /** The lead paragraphs of 一, before its first topic. */
    INTRO("s1.intro", SectionKey.OVERVIEW),
    ACTIVE("s1.active", SectionKey.OVERVIEW),
    ON_REQUEST("s1.on_request", SectionKey.OVERVIEW),
    MANAGEMENT("s1.management", SectionKey.OVERVIEW),
    PLATFORM("s1.platform", SectionKey.OVERVIEW),
    OVERSIGHT("s1.oversight", SectionKey.OVERVIEW),
    PROBLEMS("s5.problems", SectionKey.PROBLEMS),
    MEASURES("s5.measures", SectionKey.PROBLEMS),
    OTHER_MATTERS("s6.text", SectionKey.OTHER_MATTERS);

    private final String key;
    private final SectionKey section;

    TextKey(String key, SectionKey section) {
        this.key = key;
        this.section = section;
    }

    /** The key in the report and the exchange format ({@code s1.active}). */
    public String key() {
        return key;
    }

    public SectionKey section() {
        return section;
    }
}
