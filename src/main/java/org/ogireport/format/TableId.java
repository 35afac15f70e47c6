package org.ogireport.format;

/** The official tables, by the id that opens their cell keys (spec §3–§5). */
public enum TableId {
    /** 表二 主动公开政府信息情况. */
    T2("t2"),
    /** 表三 收到和处理政府信息公开申请情况. */
    T3("t3"),
    /** 表四 政府信息公开行政复议、行政诉讼情况. */
    T4("t4");

    private final String key;

    TableId(String key) {
        this.key = key;
    }

    /** The id in cell keys and in the exchange format ({@code t2}). */
    public String key() {
        return key;
    }
}
