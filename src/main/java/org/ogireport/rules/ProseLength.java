package org.ogireport.rules;

import org.ogireport.format.FormatNotice;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/**
 * The length of prose as spec §6's X-08 counts it (30号: 一、总体情况 “篇幅原则上不超过一千字”): Chinese characters,
 * letters and digits, one each; not spaces, line breaks or punctuation. 一 counts the clerk's words in all its
 * fields; its printed sub-headings are the format's.
 */
public final class ProseLength {

    private ProseLength() {
    }

    /** The characters of a text that count. */
    public static int of(String text) {
        return (int) text.codePoints().filter(ProseLength::counts).count();
    }

    /** A Chinese character, a letter or a digit (〇 included, a numeral of its own kind). */
    private static boolean counts(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.LETTER_NUMBER;
    }

    /** The length of all the prose of 一、总体情况. */
    public static int ofOverview(Report report) {
        Section one = report.catalog().section(SectionKey.OVERVIEW);
        int n = 0;
        for (TextField field : one.texts()) {
            n += of(report.text(field.key()));
        }
        return n;
    }

    /**
     * 一's length for beside its heading as the clerk types: “共 1109 字（限 1000 字）”, or “共 620 字” in a format that
     * sets no length.
     */
    public static String describeOverview(Report report) {
        FormatNotice notice = report.catalog().notice();
        int length = ofOverview(report);
        return notice.limitsOverview() ? Messages.get("rule.length.limited", length, notice.overviewMaxLength())
                : Messages.get("rule.length", length);
    }
}
