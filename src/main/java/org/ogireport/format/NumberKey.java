package org.ogireport.format;

/** The numbers reported in the prose sections rather than in a table (spec §2), by their key. */
public enum NumberKey {
    /** The 信息处理费 collected in the year, in 元 (六). */
    FEE_YUAN("s6.fee_yuan", SectionKey.OTHER_MATTERS);

    private final String key;
    private final SectionKey section;

    NumberKey(String key, SectionKey section) {
        this.key = key;
        this.section = section;
    }

    /** The key in the report and the exchange format ({@code s6.fee_yuan}). */
    public String key() {
        return key;
    }

    public SectionKey section() {
        return section;
    }
}
