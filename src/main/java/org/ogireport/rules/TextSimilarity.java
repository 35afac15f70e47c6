package org.ogireport.rules;

import java.util.Arrays;

/**
 * How much of a text was already in an earlier one (内容雷同, Y-03): the share of its distinct 4-character sequences
 * that also occur in the earlier text (containment of character 4-grams, the usual measure for near-copies in Chinese,
 * which has no spaces between words). Punctuation and spaces are dropped and every number counts as the same
 * symbol, so last year's text with this year's dates and figures still counts as copied. Independent reports share
 * under 10 % this way; a text with the year's figures changed shares about 100 %.
 */
final class TextSimilarity {

    static final int N = 4;
    private static final char NUMBER = '#';

    private TextSimilarity() {
    }

    /** The share in [0, 1] of the 4-grams of text found in earlier; 0 when text has none. */
    static double containment(String text, String earlier) {
        return containment(grams(text), grams(earlier));
    }

    static double containment(long[] text, long[] earlier) {
        if (text.length == 0) {
            return 0;
        }
        int shared = 0;
        int j = 0;
        for (long g : text) {
            while (j < earlier.length && earlier[j] < g) {
                j++;
            }
            if (j < earlier.length && earlier[j] == g) {
                shared++;
            }
        }
        return (double) shared / text.length;
    }

    /** The distinct 4-grams of a text, each packed into a long (4 × 16 bits), sorted. */
    static long[] grams(String text) {
        char[] norm = normalize(text);
        if (norm.length < N) {
            return new long[0];
        }
        long[] grams = new long[norm.length - N + 1];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = (long) norm[i] << 48 | (long) norm[i + 1] << 32 | (long) norm[i + 2] << 16 | norm[i + 3];
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (int i = 0; i < grams.length; i++) {
            if (i == 0 || grams[i] != grams[i - 1]) {
                grams[distinct++] = grams[i];
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** Letters only (Chinese characters are letters), each run of digits as one symbol. */
    private static char[] normalize(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Quotes.isDigit(c)) {
                if (!inNumber) {
                    out[n++] = NUMBER;
                }
                inNumber = true;
            } else {
                inNumber = inNumber && (c == '.' || c == '．');
                if (Character.isLetter(c)) {
                    out[n++] = c;
                    inNumber = false;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }
}
