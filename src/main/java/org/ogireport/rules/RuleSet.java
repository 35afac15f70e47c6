package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.model.Report;

/** The rules of spec §6 that the app checks, in the order their findings are listed. */
public final class RuleSet {

    private final List<Rule> rules;

    public RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set. */
    public static RuleSet standard() {
        return new RuleSet(List.of(new T3BalanceRule(), new T3ResultTotalRule(), new T3RowTotalRule(),
                new T4TotalRule()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * Checks a report.
     *
     * @param previousYear the same organ's report of the year before, or null when there is none
     */
    public List<Finding> check(Report report, Report previousYear) {
        List<Finding> out = new ArrayList<>();
        for (Rule r : rules) {
            r.check(report, previousYear, out);
        }
        return out;
    }
}
