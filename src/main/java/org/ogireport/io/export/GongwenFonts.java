package org.ogireport.io.export;

/** The fonts of a 公文 (spec §10, GB/T 9704-2012), by what they set. */
public final class GongwenFonts {

    /** The body: 3号仿宋. */
    public static final String FANGSONG = "仿宋_GB2312";
    /** The title: 2号小标宋. */
    public static final String XIAOBIAOSONG = "方正小标宋简体";
    /** First-level headings (一、). */
    public static final String HEITI = "黑体";
    /** Second-level headings (（一）). */
    public static final String KAITI = "楷体_GB2312";
    /** Tables and page numbers. */
    public static final String SONGTI = "宋体";
    /** Digits and Latin letters. */
    public static final String LATIN = "Times New Roman";

    private GongwenFonts() {
    }
}
