package org.ogireport.io.read;

/** Numbers written in Chinese as Word's and WPS's lists print them (一、…十、十一、…二十、): headings are numbered so. */
final class Numerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; other numbers in Arabic digits. */
    static String chinese(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }
}
