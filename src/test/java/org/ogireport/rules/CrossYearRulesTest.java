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
            assertThat(h.message()).contains("2023 年", "Y-01、Y-02、Y-03");
        });
        assertThat(ids(RuleSet.standard().check(hongze2024, hongze2023))).doesNotContain(RuleSet.NO_PREVIOUS_YEAR);
    }

    @Test
    void eachCrossYearRuleAloneFindsNothingWithoutLastYear() {
        for (Rule r : List.of(new Y01CarryOverRule(), new Y02InForceRule(), new Y03SimilarityRule())) {
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
}
