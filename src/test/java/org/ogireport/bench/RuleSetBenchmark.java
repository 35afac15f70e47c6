package org.ogireport.bench;

import org.ogireport.format.TextField;
import org.ogireport.model.Report;
import org.ogireport.rules.RuleSet;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;

/**
 * The whole rule set (every rule, the prose rules and 内容雷同 included) on a full report with long prose and
 * last year's report: < 5 ms.
 */
final class RuleSetBenchmark {

    /**
     * Each prose field gets the real Huai'an prose of its kind, this many times over (about 1,000–2,500 characters).
     */
    private static final int PROSE_REPEATS = 4;

    private RuleSetBenchmark() {
    }

    static void run() throws Exception {
        RuleSet rules = RuleSet.standard();
        Report report = withLongProse(TestReports.full(2024, 11));
        Report previousYear = withLongProse(TestReports.full(2023, 12));
        Bench.measure("rules: whole set, full report + " + proseLength(report) + " chars of prose + last year",
                2_000, 2_000, 5, i -> Bench.consume(rules.check(report, previousYear)));
    }

    private static Report withLongProse(Report r) {
        Report huaian = Fixtures.load(Fixtures.HUAIAN_2024);
        for (TextField t : r.catalog().texts()) {
            String real = huaian.texts().getOrDefault(t.key(), huaian.text("s1.on_request"));
            r.setText(t.key(), real.repeat(PROSE_REPEATS));
        }
        return r;
    }

    private static int proseLength(Report r) {
        return r.texts().values().stream().mapToInt(String::length).sum();
    }
}
