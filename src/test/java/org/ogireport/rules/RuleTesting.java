package org.ogireport.rules;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;

/** Small helpers for the rule tests. */
final class RuleTesting {

    private RuleTesting() {
    }

    static List<Finding> run(Rule rule, Report report) {
        return run(rule, report, null);
    }

    static List<Finding> run(Rule rule, Report report, Report previousYear) {
        List<Finding> out = new ArrayList<>();
        rule.check(report, previousYear, out);
        return out;
    }

    /** A complete, consistent report whose printed totals are kept as set (so a test can get them wrong). */
    static Report published(int year) {
        Report r = TestReports.full(year, 7);
        r.setMode(ValueMode.AS_PUBLISHED);
        return r;
    }

    static List<String> ids(List<Finding> findings) {
        return findings.stream().map(Finding::id).toList();
    }
}
