package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** Arithmetic over cells for the rules: an empty cell counts as 0 but is shown as 空 (T3-04 flags it). */
final class Sums {

    private Sums() {
    }

    /** A cell's value, or a number field's (the 信息处理费), or null when not filled. */
    static BigDecimal value(Report report, String key) {
        return report.catalog().isCell(key) ? report.value(key) : report.number(key);
    }

    static BigDecimal valueOrZero(Report report, String key) {
        BigDecimal v = value(report, key);
        return v == null ? BigDecimal.ZERO : v;
    }

    static BigDecimal sum(Report report, List<String> keys) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String k : keys) {
            sum = sum.add(valueOrZero(report, k));
        }
        return sum;
    }

    static boolean allEmpty(Report report, List<String> keys) {
        return keys.stream().allMatch(k -> value(report, k) == null);
    }

    /** A cell's value as shown in a message. */
    static String show(Report report, String key) {
        BigDecimal v = value(report, key);
        return v == null ? Messages.get("rule.empty") : v.toPlainString();
    }

    /**
     * The table side of a comparison in words: 表三「本年新收」行「总计」列为 95, or for several cells 表三「本年新收」行「总计」列
     * 95 + 表三「上年结转」行「总计」列 2 = 97.
     */
    static String side(Report report, List<String> keys) {
        if (keys.size() == 1) {
            return Messages.get("rule.sideOne", FindingPlace.describe(report.catalog(), keys.get(0)),
                    show(report, keys.get(0)));
        }
        List<String> parts = new ArrayList<>();
        for (String k : keys) {
            if (keys.size() == 2 || valueOrZero(report, k).signum() != 0) {
                parts.add(FindingPlace.describe(report.catalog(), k) + " " + show(report, k));
            }
        }
        if (parts.isEmpty()) {
            return Messages.get("rule.sideAllZero", FindingPlace.describe(report.catalog(), keys.get(0)), keys.size());
        }
        return Messages.get("rule.sideSum", String.join(" + ", parts), sum(report, keys));
    }

    /** "予以公开 3 + 部分公开 1" over the non-zero terms; "各项均为 0" when there are none. */
    static String expression(Report report, List<String> terms, Function<String, String> nameOf) {
        List<String> parts = new ArrayList<>();
        for (String t : terms) {
            if (valueOrZero(report, t).signum() != 0) {
                parts.add(nameOf.apply(t) + " " + show(report, t));
            }
        }
        return parts.isEmpty() ? Messages.get("rule.allZero") : String.join(" + ", parts);
    }

    /**
     * Checks target = Σ terms and reports a finding when it does not hold; nothing when every cell is empty.
     *
     * @param anchor     where the finding is, for its id (a column key, a row key, a group)
     * @param place      where it is, in words (表三「自然人」列)
     * @param targetName the name of the total (办理结果总计)
     */
    static void check(Report report, String rule, String anchor, String place, String target, String targetName,
                      List<String> terms, Function<String, String> nameOf, List<Finding> out) {
        List<String> all = new ArrayList<>(terms);
        all.add(target);
        if (allEmpty(report, all)) {
            return;
        }
        BigDecimal sum = sum(report, terms);
        BigDecimal total = valueOrZero(report, target);
        if (sum.compareTo(total) != 0) {
            List<String> cells = new ArrayList<>();
            cells.add(target);
            terms.stream().filter(report::isFilled).forEach(cells::add);
            out.add(new Finding(rule + ":" + anchor, rule, Severity.E, cells,
                    Messages.get("rule.sum", place, expression(report, terms, nameOf), sum, targetName,
                            show(report, target), total.subtract(sum).abs())));
        }
    }
}
