package org.ogireport.format;

/** The numbers reported in the prose sections rather than in a table (spec §2), by their key. */
public enum NumberKey {
    /** The 信息处理费 collected in the year, in 元 (六). */
    FEE_YUAN("s6.fee_yuan");

    private final String key;

    NumberKey(String key) {
        this.key = key;
    }

    /** The key in the report and the exchange format ({@code s6.fee_yuan}). */
    public String key() {
        return key;
    }
}
