package org.ogireport.model;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telling whether two organ names as people write them name the same organ: full-width and half-width alike,
 * spaces ignored, and a leading higher place name dropped (淮安市洪泽区人民政府 = 洪泽区人民政府). 局 and 委 stay apart.
 * What is only similar is for the clerk to confirm, never taken silently.
 */
public final class OrganNames {

    /** How alike two names must be (shared pairs of characters) to be offered as a possible match. */
    static final double SIMILAR = 0.5;

    /** A higher place at the start of a name, when a lower place follows it. */
    private static final Pattern HIGHER_PLACE = Pattern.compile("^\\p{IsHan}{1,7}?(省|自治区|市|州|盟|地区)");
    private static final Pattern LOWER_PLACE = Pattern.compile("^\\p{IsHan}{1,7}?(市|区|县|旗|镇|乡|街道|自治县)");

    /** How two names stand to each other. */
    public enum Likeness { SAME, SIMILAR, DIFFERENT }

    private OrganNames() {
    }

    /** The name as compared: NFKC (full-width letters and digits as half-width), without spaces. */
    public static String normalized(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        return n.replaceAll("[\\s\\u3000]+", "");
    }

    /** The name without the higher places that lead it: 江苏省淮安市洪泽区人民政府 → 洪泽区人民政府. */
    public static String core(String name) {
        String n = normalized(name);
        while (true) {
            Matcher m = HIGHER_PLACE.matcher(n);
            if (!m.find()) {
                return n;
            }
            String rest = n.substring(m.end());
            if (rest.length() < 4 || !LOWER_PLACE.matcher(rest).find()) {
                return n;
            }
            n = rest;
        }
    }

    public static Likeness compare(String a, String b) {
        if (core(a).equals(core(b))) {
            return Likeness.SAME;
        }
        return similarity(core(a), core(b)) >= SIMILAR ? Likeness.SIMILAR : Likeness.DIFFERENT;
    }

    /** Dice's coefficient over pairs of adjacent characters. */
    static double similarity(String a, String b) {
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String p : x) {
            shared += y.contains(p) ? 1 : 0;
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
