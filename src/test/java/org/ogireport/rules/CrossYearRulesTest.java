package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;
import static org.ogireport.rules.RuleTesting.published;
import static org.ogireport.rules.RuleTesting.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TextField;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;

/** Y-01 … Y-03: this year against the same organ's report of last year. */
class CrossYearRulesTest {

    private final Report hongze2023 = Fixtures.load(Fixtures.HONGZE_2023);
    private final Report hongze2024 = Fixtures.load(Fixtures.HONGZE_2024);

    // ---- without last year -------------------------------------------------------------------------------------

    @Test
    void withoutLastYearOneHintSaysWhichChecksWereNotMade() {
        List<Finding> f = RuleSet.standard().check(hongze2024, null);
        List<Finding> hints = f.stream().filter(x -> x.rule().startsWith("Y")).toList();
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.severity()).isEqualTo(Severity.I);
            assertThat(h.id()).isEqualTo(RuleSet.NO_PREVIOUS_YEAR);
            assertThat(h.message()).contains("2023 年", "Y-01、Y-02、Y-03、Y-04");
        });
        assertThat(ids(RuleSet.standard().check(hongze2024, hongze2023))).doesNotContain(RuleSet.NO_PREVIOUS_YEAR);
    }

    @Test
    void eachCrossYearRuleAloneFindsNothingWithoutLastYear() {
        for (Rule r : List.of(new Y01CarryOverRule(), new Y02InForceRule(), new Y03SimilarityRule(),
                new Y04JumpRule())) {
            assertThat(run(r, hongze2024, null)).as(r.id()).isEmpty();
        }
    }

    // ---- Y-01 --------------------------------------------------------------------------------------------------

    @Test
    void y01_hongze2023To2024CarriesOverCorrectly() {
        assertThat(run(new Y01CarryOverRule(), hongze2024, hongze2023)).isEmpty();
    }

    @Test
    void y01_aCarryOverThatLastYearDidNotReportIsAnError() {
        Report last = published(2023);
        Report now = published(2024);
        for (String col : List.of("np", "biz", "res", "ngo", "law", "oth", "tot")) {
            now.setCount("t3.r2." + col, last.count("t3.r4." + col));
        }
        assertThat(run(new Y01CarryOverRule(), now, last)).isEmpty();
        now.setCount("t3.r2.law", last.count("t3.r4.law") + 2);
        List<Finding> f = run(new Y01CarryOverRule(), now, last);
        assertThat(ids(f)).containsExactly("Y-01:law");
        assertThat(f.get(0).severity()).isEqualTo(Severity.E);
        assertThat(f.get(0).cells()).containsExactly("t3.r2.law");
        assertThat(f.get(0).message()).contains("表三「法律服务机构」列", "上年结转", "2023 年年报", "结转下年度",
                "相差 2");
    }

    @Test
    void y01_blankOnBothSidesIsSkippedBlankAgainstZeroHoldsAndTheTrialYearWorks() {
        Report last = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.AS_PUBLISHED);
        Report now = new Report(FormatVersion.V2021, TestReports.ORGAN, 2021, ValueMode.AS_PUBLISHED);
        assertThat(run(new Y01CarryOverRule(), now, last)).isEmpty();
        now.setCount("t3.r2.np", 0L);
        assertThat(run(new Y01CarryOverRule(), now, last)).isEmpty();
        last.setCount("t3.r4.np", Long.MAX_VALUE);
        now.setCount("t3.r2.np", Long.MAX_VALUE);
        assertThat(run(new Y01CarryOverRule(), now, last)).isEmpty();
        now.setCount("t3.r2.np", 1L);
        assertThat(ids(run(new Y01CarryOverRule(), now, last))).containsExactly("Y-01:np");
    }

    // ---- Y-02 --------------------------------------------------------------------------------------------------

    @Test
    void y02_hongze2023To2024InForceAddsUp() {
        assertThat(run(new Y02InForceRule(), hongze2024, hongze2023)).isEmpty();
    }

    @Test
    void y02_inForceThatDoesNotFollowFromLastYearIsAWarningWithTheExpression() {
        Report now = hongze2024.copy();
        now.setCount("t2.norm.in_force", 9L);
        List<Finding> f = run(new Y02InForceRule(), now, hongze2023);
        assertThat(ids(f)).containsExactly("Y-02:norm");
        assertThat(f.get(0).severity()).isEqualTo(Severity.W);
        assertThat(f.get(0).message()).contains("行政规范性文件", "2023 年现行有效件数 5 + 本年制发件数 3 − 本年废止件数 0 = 8",
                "本年现行有效件数为 9", "相差 1");
    }

    @Test
    void y02_blankInForceIsSkippedAndATrialYearGetsAHint() {
        Report now = hongze2024.copy();
        now.clear("t2.norm.in_force");
        assertThat(run(new Y02InForceRule(), now, hongze2023)).isEmpty();
        Report trial = new Report(FormatVersion.V2019, hongze2024.organ(), 2020, ValueMode.AS_PUBLISHED);
        Report first2021 = new Report(FormatVersion.V2021, hongze2024.organ(), 2021, ValueMode.AS_PUBLISHED);
        first2021.setCount("t2.norm.in_force", 4L);
        List<Finding> f = run(new Y02InForceRule(), first2021, trial);
        assertThat(f).singleElement().satisfies(h -> {
            assertThat(h.severity()).isEqualTo(Severity.I);
            assertThat(h.message()).contains("2020 年", "现行有效件数");
        });
    }

    @Test
    void y02_zeroAndHugeCounts() {
        Report last = published(2023);
        Report now = published(2024);
        last.setCount("t2.reg.in_force", 0L);
        now.setCount("t2.reg.issued", 0L);
        now.setCount("t2.reg.repealed", 0L);
        now.setCount("t2.reg.in_force", 0L);
        last.setCount("t2.norm.in_force", Long.MAX_VALUE - 10);
        now.setCount("t2.norm.issued", 10L);
        now.setCount("t2.norm.repealed", 0L);
        now.setCount("t2.norm.in_force", Long.MAX_VALUE);
        assertThat(run(new Y02InForceRule(), now, last)).isEmpty();
    }

    // ---- Y-03 --------------------------------------------------------------------------------------------------

    @Test
    void y03_hongzeRewroteEnoughOfItsProse() {
        // Measured: 一 shares about 45 %, 五 about 40 % of its 4-character runs with 2023: under the threshold.
        assertThat(TextSimilarity.containment(Texts.of(hongze2024, hongze2024.catalog().section("s1")),
                Texts.of(hongze2023, hongze2023.catalog().section("s1")))).isBetween(0.3, 0.5);
        assertThat(run(new Y03SimilarityRule(), hongze2024, hongze2023)).isEmpty();
    }

    @Test
    void y03_lastYearsProseWithTheFiguresChangedIsCopied() {
        Report now = hongze2024.copy();
        for (TextField t : now.catalog().section("s5").texts()) {
            now.setText(t.key(), hongze2023.text(t.key()).replace("2023", "2024").replace("21", "95"));
        }
        List<Finding> f = run(new Y03SimilarityRule(), now, hongze2023);
        assertThat(ids(f)).containsExactly("Y-03:s5");
        assertThat(f.get(0).severity()).isEqualTo(Severity.W);
        assertThat(f.get(0).message()).contains("五、存在的主要问题及改进情况", "2023 年", "100% 相同", "超过 50%", "内容雷同");
    }

    @Test
    void y03_halfCopiedProseIsJudgedByItsShareAndTheMostCopiedFieldComesFirst() {
        Report now = hongze2024.copy();
        now.setText("s1.management", hongze2023.text("s1.management"));
        now.setText("s1.platform", hongze2023.text("s1.platform"));
        now.setText("s1.active", hongze2023.text("s1.active"));
        List<Finding> f = run(new Y03SimilarityRule(), now, hongze2023);
        assertThat(ids(f)).containsExactly("Y-03:s1");
        assertThat(f.get(0).cells().subList(0, 3)).containsExactlyInAnyOrder("s1.management", "s1.platform",
                "s1.active");
        assertThat(f.get(0).message()).contains("（100%）");
    }

    @Test
    void y03_shortOrEmptyTextsAreNotJudged() {
        Report last = published(2023);
        Report now = published(2024);
        for (TextField t : now.catalog().section("s5").texts()) {
            last.setText(t.key(), "无。");
            now.setText(t.key(), "无。");
        }
        assertThat(ids(run(new Y03SimilarityRule(), now, last))).doesNotContain("Y-03:s5");
        for (TextField t : last.catalog().section("s1").texts()) {
            last.setText(t.key(), null);
        }
        assertThat(ids(run(new Y03SimilarityRule(), now, last))).doesNotContain("Y-03:s1");
    }

    // ---- Y-04 --------------------------------------------------------------------------------------------------

    /** Both years' key totals set to one value each (the other key totals equal in both years). */
    private static List<Finding> jump(String key, long last, long now) {
        Report lastYear = published(2023);
        Report thisYear = published(2024);
        for (String k : thisYear.catalog().keyTotals()) {
            thisYear.setCount(k, 100L);
            lastYear.setCount(k, 100L);
        }
        lastYear.setCount(key, last);
        thisYear.setCount(key, now);
        return run(new Y04JumpRule(), thisYear, lastYear);
    }

    @Test
    void y04_theKeyTotalsOfTheSpec() {
        assertThat(published(2024).catalog().keyTotals()).containsExactly("t3.r1.tot", "t3.r3_7.tot",
                "t2.license.decisions", "t2.penalty.decisions", "t4.rev.total", "t4.lit.total", "t4.lit_rev.total");
        assertThat(new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.COMPUTED).catalog()
                .keyTotals()).contains("t2.license.decisions", "t2.penalty.decisions");
    }

    @Test
    void y04_fiveTimesPassesMoreAsksWhy() {
        assertThat(jump("t3.r1.tot", 10, 50)).isEmpty();
        List<Finding> f = jump("t3.r1.tot", 10, 51);
        assertThat(ids(f)).containsExactly("Y-04:t3.r1.tot");
        assertThat(f.get(0).severity()).isEqualTo(Severity.I);
        assertThat(f.get(0).isExplainable()).isTrue();
        assertThat(f.get(0).cells()).containsExactly("t3.r1.tot");
        assertThat(f.get(0).message()).contains("本年新收", "2024 年为 51", "2023 年为 10", "是上年的 5.1 倍",
                "超过 5 倍", "原因");
        assertThat(jump("t2.penalty.decisions", 1000, 5001)).singleElement().extracting(Finding::message).asString()
                .contains("5.01 倍");
    }

    @Test
    void y04_aFifthPassesLessAsksWhy() {
        assertThat(jump("t2.license.decisions", 50, 10)).isEmpty();
        List<Finding> f = jump("t2.license.decisions", 51, 10);
        assertThat(ids(f)).containsExactly("Y-04:t2.license.decisions");
        assertThat(f.get(0).message()).contains("行政许可", "2024 年为 10", "2023 年为 51", "只有上年的 19.6%");
    }

    @Test
    void y04_countsUnderTenJumpByChance() {
        assertThat(jump("t4.rev.total", 9, 100)).isEmpty();
        assertThat(jump("t4.rev.total", 100, 9)).isEmpty();
        assertThat(jump("t4.rev.total", 10, 100)).extracting(Finding::id).containsExactly("Y-04:t4.rev.total");
        assertThat(jump("t4.lit_rev.total", 0, 300)).isEmpty();
    }

    @Test
    void y04_blankTotalsAndATrialYearBefore() {
        Report lastYear = published(2023);
        Report thisYear = published(2024);
        thisYear.setCount("t3.r3_7.tot", 600L);
        lastYear.clear("t3.r3_7.tot");
        assertThat(run(new Y04JumpRule(), thisYear, lastYear)).noneMatch(x -> x.cells().contains("t3.r3_7.tot"));
        Report trial = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.AS_PUBLISHED);
        trial.setCount("t2.license.decisions", 20L);
        Report next = published(2021);
        next.setCount("t2.license.decisions", 400L);
        assertThat(ids(run(new Y04JumpRule(), next, trial))).containsExactly("Y-04:t2.license.decisions");
    }

    @Test
    void y04_aReasonIsStoredLikeAWarningsExplanationButTheHintStaysAHint() {
        Finding f = jump("t3.r1.tot", 10, 51).get(0);
        Report r = published(2024);
        assertThat(f.isOpenIn(r)).isFalse();
        r.setExplanation(f.id(), "本年开展专项整治，申请集中。");
        assertThat(f.explanationIn(r)).isEqualTo("本年开展专项整治，申请集中。");
        assertThat(FindingCounts.of(List.of(f), r)).isEqualTo(new FindingCounts(0, 0, 0, 1));
    }
}
