package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.TableId;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;

/** The rules of spec §6 that the app checks, in the order their findings are listed. */
public final class RuleSet {

    /** The identity of the hint that the cross-year checks were not made. */
    public static final String NO_PREVIOUS_YEAR = "Y:noPreviousYear";

    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * Every rule of spec §6 that reads one report (and last year's): not the A rules, which check an aggregate
     * against its parts, nor D-01, which depends on the day ({@link Deadline}).
     */
    public static RuleSet standard() {
        return new RuleSet(List.of(
                new NonNegativeRule("T2-01", TableId.T2), new T2FeeUnitRule(), new T2RegulationRule(),
                new T2FormatRule(), BlankCellsRule.table2(),
                new T3BalanceRule(), new T3ResultTotalRule(), new T3RowTotalRule(), BlankCellsRule.table3(),
                new NonNegativeRule("T3-05", TableId.T3),
                new T4TotalRule(), new NonNegativeRule("T4-02", TableId.T4), BlankCellsRule.table4(),
                new Y01CarryOverRule(), new Y02InForceRule(), new Y03SimilarityRule(), new Y04JumpRule(),
                new X01ReceivedRule(), new X02ConcludedRule(), new X03OutcomeRule(), new X04ReviewRule(),
                new X05DocumentsRule(), new X06FeeRule(), new X07CompletenessRule(), new X08LengthRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * What a rule checks, in a sentence for the clerk (a tooltip on its id, the 填报说明): {@code T3-01} → “表三每一列：本年新收
     * + 上年结转 = 办理结果总计 + 结转下年度”. A combined id ({@code Y-01/Y-02/Y-03}) gives each rule's sentence.
     */
    public static String about(String ruleId) {
        List<String> parts = new ArrayList<>();
        for (String id : ruleId.split("/")) {
            parts.add(Messages.get("rule.about." + id));
        }
        return String.join("\n", parts);
    }

    /**
     * Checks a report. Without last year's report the cross-year rules are skipped and one hint says so.
     *
     * @param previousYear the same organ's report of the year before, or null when there is none
     */
    public List<Finding> check(Report report, Report previousYear) {
        List<Finding> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Rule r : rules) {
            if (previousYear == null && r instanceof CrossYearRule) {
                skipped.add(r.id());
            } else {
                r.check(report, previousYear, out);
            }
        }
        if (!skipped.isEmpty()) {
            out.add(new Finding(NO_PREVIOUS_YEAR, String.join("/", skipped), Severity.I, List.of(),
                    Messages.get("rule.noPreviousYear", report.year() - 1, String.join("、", skipped))));
        }
        return out;
    }
}
