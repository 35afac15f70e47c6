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

    /** Every rule of spec §6 but A-01 (which checks an aggregate against its parts). */
    public static RuleSet standard() {
        return new RuleSet(List.of(
                new NonNegativeRule("T2-01", TableId.T2), new T2FeeUnitRule(), new T2RegulationRule(),
                new T2FormatRule(),
                new T3BalanceRule(), new T3ResultTotalRule(), new T3RowTotalRule(), new T3BlankRule(),
                new NonNegativeRule("T3-05", TableId.T3),
                new T4TotalRule(), new NonNegativeRule("T4-02", TableId.T4),
                new Y01CarryOverRule(), new Y02InForceRule(), new Y03SimilarityRule(),
                new X01ReceivedRule(), new X02ConcludedRule(), new X03OutcomeRule(), new X04ReviewRule(),
                new X05DocumentsRule(), new X06FeeRule(), new X07CompletenessRule()));
    }

    public List<Rule> rules() {
        return rules;
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
