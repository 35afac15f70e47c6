package org.ogireport.model;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telling whether two organ names as people write them name the same organ: full-width and half-width alike,
 * spaces ignored, and a leading higher place name dropped (淮安市洪泽区人民政府 = 洪泽区人民政府). 局 and 委 stay apart.
 * What is only similar (科技局 for 科学技术局, 卫生健康局 for 卫生健康委员会) is for the clerk to confirm, never taken
 * silently.
 */
public final class OrganNames {


    /** A higher place at the start of a name, when a lower place follows it. */
    private static final Pattern HIGHER_PLACE = Pattern.compile("^\\p{IsHan}{1,7}?(省|自治区|市|州|盟|地区)");
    private static final Pattern LOWER_PLACE = Pattern.compile("^\\p{IsHan}{1,7}?(市|区|县|旗|镇|乡|街道|自治县)");
    private static final Pattern SUFFIX = Pattern.compile("(委员会|办公室|管理局|局|委|办|中心|厅|部|处|院|所|站)$");

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
        String ca = core(a);
        String cb = core(b);
        if (ca.equals(cb)) {
            return Likeness.SAME;
        }
        String pa = place(ca);
        String pb = place(cb);
        if (!pa.isEmpty() && !pb.isEmpty() && !pa.equals(pb)) {
            return Likeness.DIFFERENT;
        }
        String ra = ca.substring(pa.length());
        String rb = cb.substring(pb.length());
        String shorter = ra.length() <= rb.length() ? ra : rb;
        String longer = shorter == ra ? rb : ra;
        boolean abbreviated = shorter.length() >= 3 && isSubsequence(shorter, longer);
        String stem = stem(ra);
        boolean otherSuffix = stem.length() >= 2 && stem.equals(stem(rb));
        return ra.equals(rb) || abbreviated || otherSuffix ? Likeness.SIMILAR : Likeness.DIFFERENT;
    }

    /** The place a name begins with (洪泽区 of 洪泽区教育局), or "". */
    private static String place(String name) {
        Matcher m = LOWER_PLACE.matcher(name);
        return m.find() && m.end() < name.length() ? m.group() : "";
    }

    /** An organ's name without its closing word (局, 委员会, 办公室 …): 卫生健康局 and 卫生健康委员会 share 卫生健康. */
    private static String stem(String rest) {
        return SUFFIX.matcher(rest).replaceFirst("");
    }

    /** Whether {@code part}'s characters appear in {@code whole} in order (科技局 in 科学技术局). */
    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (whole.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }
}
