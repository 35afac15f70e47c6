package org.ogireport.format;

/** The parts of a report (spec §2), by the key that opens their text keys. */
public enum SectionKey {
    /** What comes before 一: the title and the preamble; findings that point at no section are listed here too. */
    PREAMBLE("s0"),
    /** 一、总体情况. */
    OVERVIEW("s1"),
    /** 二、主动公开政府信息情况 (table 二). */
    PUBLISHED("s2"),
    /** 三、收到和处理政府信息公开申请情况 (table 三). */
    APPLICATIONS("s3"),
    /** 四、政府信息公开行政复议、行政诉讼情况 (table 四). */
    REVIEWS("s4"),
    /** 五、存在的主要问题及改进情况. */
    PROBLEMS("s5"),
    /** 六、其他需要报告的事项. */
    OTHER_MATTERS("s6");

    private final String key;

    SectionKey(String key) {
        this.key = key;
    }

    /** The key in the app and the exchange format ({@code s1}). */
    public String key() {
        return key;
    }
}
