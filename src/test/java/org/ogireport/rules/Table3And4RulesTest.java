package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;
import static org.ogireport.rules.RuleTesting.published;
import static org.ogireport.rules.RuleTesting.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.CellSpec;
import org.ogireport.format.TableId;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;

/** T3-01 … T3-05, T4-01, T4-02: the arithmetic and the values of tables 三 and 四. */
class Table3And4RulesTest {

    // ---- T3-01: r1 + r2 = r3_7 + r4 per column ---------------------------------------------------------------

    @Test
    void t3_01_holdsInAConsistentReport() {
        assertThat(run(new T3BalanceRule(), TestReports.full(2024, 1))).isEmpty();
    }

    @Test
    void t3_01_showsBothSidesOfAColumnThatDoesNotBalance() {
        Report r = published(2024);
        r.setCount("t3.r1.np", r.count("t3.r1.np") + 1);
        List<Finding> f = run(new T3BalanceRule(), r);
        assertThat(ids(f)).containsExactly("T3-01:np");
        assertThat(f.get(0).severity()).isEqualTo(Severity.E);
        assertThat(f.get(0).cells()).containsExactly("t3.r1.np", "t3.r2.np", "t3.r3_7.np", "t3.r4.np");
        long in = r.count("t3.r1.np") + r.count("t3.r2.np");
        long out = r.count("t3.r3_7.np") + r.count("t3.r4.np");
        assertThat(f.get(0).message()).contains("表三「自然人」列", "本年新收 " + r.count("t3.r1.np"),
                "= " + in, "= " + out, "相差 1");
    }

    @Test
    void t3_01_skipsABlankColumnAndCountsHugeNumbersExactly() {
        Report r = new Report(TestReports.empty(2024).formatVersion(), TestReports.ORGAN, 2024, ValueMode.AS_PUBLISHED);
        assertThat(run(new T3BalanceRule(), r)).isEmpty();
        r.setCount("t3.r1.np", Long.MAX_VALUE);
        r.setCount("t3.r2.np", Long.MAX_VALUE);
        r.setCount("t3.r3_7.np", Long.MAX_VALUE);
        r.setCount("t3.r4.np", Long.MAX_VALUE);
        assertThat(run(new T3BalanceRule(), r)).isEmpty();
        r.setCount("t3.r4.np", Long.MAX_VALUE - 1);
        assertThat(run(new T3BalanceRule(), r)).singleElement().extracting(Finding::message)
                .asString().contains("相差 1");
    }

    // ---- T3-02: r3_7 = Σ outcome rows per column -------------------------------------------------------------

    @Test
    void t3_02_holdsInAConsistentReportAndFailsOnAWrongTotalRow() {
        assertThat(run(new T3ResultTotalRule(), TestReports.full(2024, 2))).isEmpty();
        Report r = published(2024);
        r.setCount("t3.r3_7.biz", r.count("t3.r3_7.biz") + 2);
        List<Finding> f = run(new T3ResultTotalRule(), r);
        assertThat(ids(f)).containsExactly("T3-02:biz");
        assertThat(f.get(0).message()).contains("商业企业", "办理结果总计", "相差 2");
    }

    @Test
    void t3_02_aBlankTotalAgainstFilledOutcomesIsShownAsBlank() {
        Report r = published(2024);
        r.setCount("t3.r3_1.res", 3L);
        r.clear("t3.r3_7.res");
        List<Finding> f = run(new T3ResultTotalRule(), r);
        assertThat(ids(f)).contains("T3-02:res");
        assertThat(f.stream().filter(x -> x.id().equals("T3-02:res")).findFirst().orElseThrow().message())
                .contains("「办理结果总计」为 空");
    }

    // ---- T3-03: tot = Σ applicant columns per row ------------------------------------------------------------

    @Test
    void t3_03_holdsInAConsistentReportAndFailsOnAWrongTotalColumn() {
        assertThat(run(new T3RowTotalRule(), TestReports.full(2024, 3))).isEmpty();
        Report r = published(2024);
        r.setCount("t3.r3_4_1.tot", 0L);
        r.setCount("t3.r3_4_1.np", 5L);
        List<Finding> f = run(new T3RowTotalRule(), r);
        assertThat(ids(f)).contains("T3-03:r3_4_1");
    }

    @Test
    void t3_03_aRowOfZerosHolds() {
        Report r = published(2024);
        for (String col : List.of("np", "biz", "res", "ngo", "law", "oth", "tot")) {
            r.setCount("t3.r3_5_3." + col, 0L);
        }
        assertThat(ids(run(new T3RowTotalRule(), r))).doesNotContain("T3-03:r3_5_3");
    }

    // ---- T3-04: no blank cell ---------------------------------------------------------------------------------

    @Test
    void t3_04_aFullTableHasNoBlank() {
        assertThat(run(BlankCellsRule.table3(), TestReports.full(2024, 4))).isEmpty();
    }

    @Test
    void t3_04_oneWarningPerColumnNamingItsBlankRows() {
        Report r = published(2024);
        r.clear("t3.r2.np");
        r.clear("t3.r3_5_4.np");
        List<Finding> f = run(BlankCellsRule.table3(), r);
        assertThat(ids(f)).containsExactly("T3-04:np");
        assertThat(f.get(0).severity()).isEqualTo(Severity.W);
        assertThat(f.get(0).cells()).containsExactly("t3.r2.np", "t3.r3_5_4.np");
        assertThat(f.get(0).message()).contains("表三「自然人」列", "2 个空格", "上年结转", "不予处理·无正当理由大量反复申请");
    }

    @Test
    void t3_04_aCopyThatLostTheTotalColumnGivesOneFindingAndZeroIsNotBlank() {
        Report r = published(2024);
        for (CellSpec c : r.catalog().cellsOf("t3")) {
            r.setCount(c.key(), 0L);
        }
        assertThat(run(BlankCellsRule.table3(), r)).isEmpty();
        r.catalog().cellsOf("t3").stream().filter(c -> c.column().key().equals("tot")).forEach(c -> r.clear(c.key()));
        List<Finding> f = run(BlankCellsRule.table3(), r);
        assertThat(ids(f)).containsExactly("T3-04:tot");
        assertThat(f.get(0).cells()).hasSize(25);
        assertThat(f.get(0).message()).contains("25 个空格", "等");
    }

    // ---- T3-05, T4-02: values ≥ 0 -------------------------------------------------------------------------------

    @Test
    void t3_05_andT4_02_flagNegativeCellsAsErrors() {
        Report r = published(2024);
        assertThat(run(new NonNegativeRule("T3-05", TableId.T3), r)).isEmpty();
        assertThat(run(new NonNegativeRule("T4-02", TableId.T4), r)).isEmpty();
        r.setCount("t3.r1.law", -3L);
        r.setCount("t4.lit.pending", -1L);
        List<Finding> t3 = run(new NonNegativeRule("T3-05", TableId.T3), r);
        assertThat(ids(t3)).containsExactly("T3-05:t3.r1.law");
        assertThat(t3.get(0).severity()).isEqualTo(Severity.E);
        assertThat(t3.get(0).message()).contains("表三「本年新收」行「法律服务机构」列", "-3");
        assertThat(ids(run(new NonNegativeRule("T4-02", TableId.T4), r))).containsExactly("T4-02:t4.lit.pending");
    }

    @Test
    void t3_05_zeroBlankAndHugeAreFine() {
        Report r = published(2024);
        r.setCount("t3.r1.np", 0L);
        r.clear("t3.r1.biz");
        r.setCount("t3.r1.res", Long.MAX_VALUE);
        assertThat(run(new NonNegativeRule("T3-05", TableId.T3), r)).isEmpty();
    }

    // ---- T4-01: total = upheld + corrected + other + pending ----------------------------------------------------

    @Test
    void t4_01_holdsInAConsistentReportAndFailsPerGroup() {
        assertThat(run(new T4TotalRule(), TestReports.full(2024, 5))).isEmpty();
        Report r = published(2024);
        r.setCount("t4.lit.total", r.count("t4.lit.total") + 4);
        List<Finding> f = run(new T4TotalRule(), r);
        assertThat(ids(f)).containsExactly("T4-01:lit");
        assertThat(f.get(0).message()).contains("未经复议直接起诉", "相差 4");
    }

    @Test
    void t4_01_allZeroHoldsAndABlankGroupIsSkipped() {
        Report r = new Report(TestReports.empty(2024).formatVersion(), TestReports.ORGAN, 2024, ValueMode.AS_PUBLISHED);
        assertThat(run(new T4TotalRule(), r)).isEmpty();
        r.catalog().cellsOf("t4").forEach(c -> r.setCount(c.key(), 0L));
        assertThat(run(new T4TotalRule(), r)).isEmpty();
    }

    // ---- T4-03: no blank cell -----------------------------------------------------------------------------------

    @Test
    void t4_03_aFullTableHasNoBlankAndZeroIsNotBlank() {
        assertThat(run(BlankCellsRule.table4(), TestReports.full(2024, 5))).isEmpty();
        Report r = published(2024);
        r.catalog().cellsOf("t4").forEach(c -> r.setCount(c.key(), 0L));
        assertThat(run(BlankCellsRule.table4(), r)).isEmpty();
    }

    @Test
    void t4_03_oneWarningPerGroupNamingItsBlankColumns() {
        Report r = published(2024);
        r.clear("t4.rev.pending");
        r.clear("t4.lit_rev.upheld");
        r.clear("t4.lit_rev.total");
        List<Finding> f = run(BlankCellsRule.table4(), r);
        assertThat(ids(f)).containsExactly("T4-03:rev", "T4-03:lit_rev");
        assertThat(f).allMatch(x -> x.severity() == Severity.W && x.isExplainable());
        assertThat(f.get(0).cells()).containsExactly("t4.rev.pending");
        assertThat(f.get(0).message()).contains("表四「行政复议」", "1 个空格", "尚未审结", "没有案件的请填 0");
        assertThat(f.get(1).cells()).containsExactly("t4.lit_rev.upheld", "t4.lit_rev.total");
        assertThat(f.get(1).message()).contains("表四「复议后起诉」", "2 个空格", "结果维持、总计");
    }

    @Test
    void t4_03_anEmptyTableGivesOneWarningPerGroupNotFifteen() {
        Report r = new Report(TestReports.empty(2024).formatVersion(), TestReports.ORGAN, 2024, ValueMode.COMPUTED);
        List<Finding> f = run(BlankCellsRule.table4(), r);
        assertThat(ids(f)).containsExactly("T4-03:rev", "T4-03:lit", "T4-03:lit_rev");
        assertThat(f).allSatisfy(x -> assertThat(x.cells()).hasSize(5));
    }
}
