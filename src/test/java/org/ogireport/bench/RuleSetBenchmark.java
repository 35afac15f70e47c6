package org.ogireport.bench;

import org.ogireport.format.TextField;
import org.ogireport.model.Report;
import org.ogireport.rules.RuleSet;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;

/**
 * Issue 5: the whole rule set (every rule, the prose rules and 内容雷同 included) on a full report with long prose and
 * last year's report: < 5 ms.
 */
final class RuleSetBenchmark implements Benchmarks.Benchmark {

    /** Each prose field gets the real Huai'an prose of its kind, this many times over (about 1,000–2,500 characters). */
    private static final int PROSE_REPEATS = 4;

    private final RuleSet rules = RuleSet.standard();
    private final Report report = withLongProse(TestReports.full(2024, 11));
    private final Report previousYear = withLongProse(TestReports.full(2023, 12));

    @Override
    public String name() {
        return "rule set, full report + long prose (" + proseLength(report) + " chars) + last year";
    }

    @Override
    public String target() {
        return "< 5 ms";
    }

    @Override
    public Object runOnce() {
        return rules.check(report, previousYear).size();
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
