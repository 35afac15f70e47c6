package org.ogireport.rules;

import java.math.BigDecimal;

/**
 * A number stated in the prose with its unit (21 件, 52.6%), and the words around it.
 *
 * @param textKey       the prose field it is in
 * @param text          the whole text of that field
 * @param start         where the number starts
 * @param end           where its unit ends
 * @param value         the number
 * @param unit          the unit right after it (件, 起, %, 元 …), "" when there is none
 * @param leadStart     where its lead starts: the words of its own clause before it, back to the previous number
 * @param lead          the words of its lead, e.g. 全市共受理政府信息公开申请
 * @param tail          the rest of its clause after the unit, up to the next number or enumeration comma: 顺延到下年度答复
 *                      in “另有103件顺延到下年度答复”
 * @param sentenceStart where its sentence starts
 * @param sentenceEnd   where its sentence ends (after the 。)
 */
record Quote(String textKey, String text, int start, int end, BigDecimal value, String unit, int leadStart,
             String lead, String tail, int sentenceStart, int sentenceEnd) {

    private static final int MAX_SNIPPET = 40;

    /** The text after the unit up to the end of the sentence. */
    String after() {
        return text.substring(end, sentenceEnd);
    }

    /** The sentence before the number. */
    String before() {
        return text.substring(sentenceStart, start);
    }

    /** The words quoted in a message: the lead, the number and its unit, and the clause's tail. */
    String snippet() {
        return snippet(leadStart);
    }

    /**
     * The words quoted in a message, from an earlier position of the same text (the statement it completes). A number
     * is never cut: the words start before a number that ends right where they would (2025年 in “2025年共收到”), and a
     * long statement is shortened at its start only outside numbers.
     */
    String snippet(int from) {
        int start = from;
        while (start > sentenceStart && numberChar(text, start - 1)) {
            start--;
        }
        String s = (text.substring(start, end) + tail).strip();
        if (s.length() <= MAX_SNIPPET) {
            return s;
        }
        int cut = s.length() - MAX_SNIPPET;
        while (insideNumber(s, cut)) {
            cut++;
        }
        return "…" + s.substring(cut);
    }

    /** The whole sentence the number is in, as written. */
    String sentence() {
        return Quotes.sentenceAround(text, start, end);
    }

    /** Whether a position of a text falls inside an Arabic number (3,119 or 51.85 included), not at its edges. */
    static boolean insideNumber(String s, int i) {
        if (i <= 0 || i >= s.length()) {
            return false;
        }
        return numberChar(s, i - 1) && numberChar(s, i);
    }

    /** A digit, or a separator between two digits. */
    private static boolean numberChar(String s, int i) {
        char c = s.charAt(i);
        if (Quotes.isDigit(c)) {
            return true;
        }
        boolean separator = c == '.' || c == '．' || c == ',';
        return separator && i > 0 && i + 1 < s.length() && Quotes.isDigit(s.charAt(i - 1))
                && Quotes.isDigit(s.charAt(i + 1));
    }
}
