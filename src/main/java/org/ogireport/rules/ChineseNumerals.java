package org.ogireport.rules;

/**
 * Reads the Chinese numerals that prose uses for counts: 二十一 = 21, 十一 = 11, 一百零五 = 105, 两千 = 2000, 两 = 2,
 * 〇 = 零 = 0. Anything that is not a well-formed numeral gives null, so that words which merely contain numeral
 * characters (一是、第三方) are not read as numbers.
 */
final class ChineseNumerals {

    static final String CHARS = "零〇一二两三四五六七八九十百千万";
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static boolean isNumeral(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /** The value of a numeral, or null when the text is not one. */
    static Long parse(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return null;
        }
        boolean hasUnit = s.chars().anyMatch(c -> "十百千万".indexOf(c) >= 0);
        return hasUnit ? positional(s) : singleDigit(s);
    }

    /** One digit alone; 一二 or 一两 (one or two) is an estimate, not a number. */
    private static Long singleDigit(String s) {
        int d = s.length() == 1 ? digit(s.charAt(0)) : -1;
        return d < 0 ? null : (long) d;
    }

    /** 三千一百一十九, 一百零五, 十一, 两万: digits with 十/百/千 and at most one 万, each smaller unit after larger. */
    private static Long positional(String s) {
        long total = 0;
        long section = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        boolean zeroPending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                if (digit >= 0 || zeroPending) {
                    return null;
                }
                zeroPending = true;
                continue;
            }
            if (d > 0) {
                if (digit >= 0) {
                    return null;
                }
                digit = d;
                continue;
            }
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 10000;
            if (unit == 10000) {
                if (digit >= 0) {
                    section += digit;
                }
                if (section == 0 || total > 0) {
                    return null;
                }
                total = section * 10000;
                section = 0;
                digit = -1;
                lastUnit = Integer.MAX_VALUE;
                zeroPending = false;
                continue;
            }
            if (unit >= lastUnit) {
                return null;
            }
            if (digit < 0) {
                // 十一 = 11 and 一百零十 = 110, but 百 or 千 without a digit (上百件) is no exact number.
                if (unit != 10 || section != 0 && !zeroPending) {
                    return null;
                }
                digit = 1;
            }
            section += (long) digit * unit;
            lastUnit = unit;
            digit = -1;
            zeroPending = false;
        }
        if (zeroPending && digit < 0) {
            return null;
        }
        if (digit >= 0) {
            section += digit;
        }
        return total + section;
    }

    private static int digit(char c) {
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
