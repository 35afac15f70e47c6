package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Component;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Report;
import org.ogireport.model.UnitRelation;

/**
 * and A-03 (spec §6, §8): an aggregate against the units' reports it sums. They need the parts, which
 * the report alone does not hold, so they are not in {@link RuleSet#standard()}: the use case of the 汇总 passes
 * them.
 */
public final class AggregateRules {

    /** Cells named in one A-01 message; the finding points at all of them. */
    private static final int SHOWN = 3;

    /**
     * One unit's report as the aggregate counts it.
     *
     * @param errors its E findings of its own rules
     */
    public record Part(String unitName, UnitRelation relation, Report report, int errors) {
    }

    private AggregateRules() {
    }

    /** then A-01 over the parts an aggregate sums. */
    public static List<Finding> check(Report aggregate, List<Part> parts) {
        List<Finding> out = new ArrayList<>();
        for (Part p : parts) {
            a03(aggregate, p, out);
        }
        a02(parts, out);
        a01(aggregate, parts, out);
        return out;
    }

    /** a part passes its own E rules and is of the aggregate's year and format. */
    private static void a03(Report aggregate, Part p, List<Finding> out) {
        String id = "A-03:" + p.unitName();
        if (p.errors() > 0) {
            out.add(new Finding(id, "A-03", Severity.E, List.of(), Messages.get("rule.A-03.errors",
                    p.unitName(), p.errors())));
        } else if (p.report().year() != aggregate.year()
                || p.report().formatVersion() != aggregate.formatVersion()) {
            out.add(new Finding(id, "A-03", Severity.E, List.of(), Messages.get("rule.A-03.year", p.unitName(),
                    p.report().year(), p.report().formatVersion().id(), aggregate.year(),
                    aggregate.formatVersion().id())));
        }
    }

    /** no vertically managed unit, no unit twice — also not inside a lower government's aggregate. */
    private static void a02(List<Part> parts, List<Finding> out) {
        // By the name as compared (OrganNames.core), once per part: a county's office sums hundreds.
        Map<String, Part> byName = new HashMap<>();
        for (Part p : parts) {
            if (p.relation() == UnitRelation.VERTICAL) {
                out.add(new Finding("A-02:" + p.unitName(), "A-02", Severity.E, List.of(),
                        Messages.get("rule.A-02.vertical", p.unitName())));
            }
            Part before = byName.putIfAbsent(OrganNames.core(p.report().organ().name()), p);
            if (before != null) {
                out.add(new Finding("A-02:" + before.unitName() + "=" + p.unitName(), "A-02", Severity.E, List.of(),
                        Messages.get("rule.A-02.twice", before.unitName(), p.unitName())));
            }
        }
        for (Part p : parts) {
            for (Component c : p.report().components()) {
                Part q = byName.get(OrganNames.core(c.organ().name()));
                if (q != null && q != p) {
                    out.add(new Finding("A-02:" + p.unitName() + ">" + q.unitName(), "A-02", Severity.E,
                            List.of(), Messages.get("rule.A-02.inside", q.unitName(), p.unitName())));
                }
            }
        }
    }

    /** every cell of the aggregate is the sum of the parts' (a cell no part filled stays empty). */
    private static void a01(Report aggregate, List<Part> parts, List<Finding> out) {
        for (TableSpec table : aggregate.catalog().tables()) {
            List<String> keys = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (CellSpec cell : aggregate.catalog().cellsOf(table.table())) {
                BigDecimal expected = sum(parts, cell.key(), aggregate);
                BigDecimal actual = aggregate.value(cell.key());
                if (!sameAmount(expected, actual)) {
                    keys.add(cell.key());
                    if (shown.size() < SHOWN) {
                        shown.add(Messages.get("rule.A-01.cell", cell.row().shortName(), cell.column().shortName(),
                                actual == null ? "—" : actual.toPlainString(),
                                expected == null ? "—" : expected.toPlainString()));
                    }
                }
            }
            if (!keys.isEmpty()) {
                out.add(new Finding("A-01:" + table.id(), "A-01", Severity.E, keys, Messages.get("rule.A-01",
                        table.name(), keys.size(), String.join("；", shown))));
            }
        }
    }

    /** The sum of a cell over the parts of the aggregate's format, or null when none filled it. */
    public static BigDecimal sum(List<Part> parts, String key, Report aggregate) {
        BigDecimal sum = null;
        for (Part p : parts) {
            if (p.report().formatVersion() != aggregate.formatVersion()) {
                continue;
            }
            BigDecimal v = p.report().value(key);
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || a != null && b != null && a.compareTo(b) == 0;
    }
}
