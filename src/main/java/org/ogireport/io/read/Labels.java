package org.ogireport.io.read;

import java.text.Normalizer;

/**
 * Compares the labels a document prints with the catalog's: both are normalised the same way, then scored by how
 * much of them they share in order. Real reports write "1、" for "1.", ASCII or full-width brackets and digits,
 * stray spaces inside words and the odd typo ("其他法律行政止公开"); none of that should stop a label from being
 * recognised, and no second copy of the labels is kept to do it.
 */
final class Labels {

    private Labels() {
    }

    /**
     * The comparable form of a label: NFKC (full-width digits, letters and brackets become ASCII), no white space,
     * no quotation marks, and an item number written "1." whichever way it was printed ("1、", "1．").
     */
    static String normalize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff'
                    || c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’') {
                continue;
            }
            if (c == '、' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))) {
                c = '.';
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * How alike two normalised labels are, from 0 to 1: twice their longest common subsequence over their total
     * length. A dropped word or a typo costs little; an unrelated label scores near 0.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return 2.0 * commonSubsequence(a, b) / (a.length() + b.length());
    }

    /** The length of the longest common subsequence. */
    static int commonSubsequence(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = ca == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
