package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;
import static org.ogireport.rules.RuleTesting.published;
import static org.ogireport.rules.RuleTesting.run;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TableId;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;

/** T2-01 … T2-04: table 二's values, its fee unit, who may make 规章, and the format of the year. */
class Table2RulesTest {

    private static Report of(OrganKind kind, FormatVersion version, int year) {
        return new Report(version, new Organ("某机关", kind), year, ValueMode.COMPUTED);
    }

    // ---- T2-01 -------------------------------------------------------------------------------------------------

    @Test
    void t2_01_countsAndTheFeeMustNotBeNegative() {
        Report r = published(2024);
        assertThat(run(new NonNegativeRule("T2-01", TableId.T2), r)).isEmpty();
        r.setAmount("t2.fees.amount_wan", new BigDecimal("-0.5"));
        r.setCount("t2.penalty.decisions", -2L);
        List<Finding> f = run(new NonNegativeRule("T2-01", TableId.T2), r);
        assertThat(ids(f)).containsExactly("T2-01:t2.penalty.decisions", "T2-01:t2.fees.amount_wan");
        assertThat(f).allMatch(x -> x.severity() == Severity.E);
        assertThat(f.get(1).message()).contains("-0.5", "金额");
    }

    @Test
    void t2_01_theTrialTablesChangeMayBeNegativeAndZeroOrBlankIsFine() {
        Report r = of(OrganKind.COUNTY_DEPARTMENT, FormatVersion.V2019, 2020);
        r.setCount("t2.license.delta", -5L);
        r.setCount("t2.license.prev_items", 0L);
        assertThat(run(new NonNegativeRule("T2-01", TableId.T2), r)).isEmpty();
        r.setCount("t2.license.prev_items", -1L);
        assertThat(ids(run(new NonNegativeRule("T2-01", TableId.T2), r)))
                .containsExactly("T2-01:t2.license.prev_items");
    }

    // ---- T2-02 -------------------------------------------------------------------------------------------------

    @Test
    void t2_02_aPlausibleFeeInWanPasses() {
        Report r = published(2024);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("96171.6"));
        Report last = published(2023);
        last.setAmount("t2.fees.amount_wan", new BigDecimal("90000"));
        assertThat(run(new T2FeeUnitRule(), r, last)).isEmpty();
        assertThat(run(new T2FeeUnitRule(), r)).isEmpty();
    }

    @Test
    void t2_02_aFeeAThousandTimesLastYearsLooksLikeYuan() {
        Report last = published(2023);
        last.setAmount("t2.fees.amount_wan", new BigDecimal("7730.28"));
        Report r = published(2024);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("75450000"));
        List<Finding> f = run(new T2FeeUnitRule(), r, last);
        assertThat(ids(f)).containsExactly("T2-02:t2.fees.amount_wan");
        assertThat(f.get(0).severity()).isEqualTo(Severity.W);
        assertThat(f.get(0).message()).contains("75450000", "2023 年 7730.28 万元的 9760 倍", "万元");
    }

    @Test
    void t2_02_moreThanSixDecimalsOrAHugeSumWithoutLastYearLooksLikeYuan() {
        Report r = published(2024);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("0.1234567"));
        assertThat(run(new T2FeeUnitRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("7 位小数", "不足 1 分");
        r.setAmount("t2.fees.amount_wan", new BigDecimal("75450000"));
        assertThat(run(new T2FeeUnitRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("1000 亿元");
    }

    /** A false alarm on a real report: 万元 to the 分 has six decimals, which say nothing of the unit. */
    @Test
    void t2_02_sixDecimalsAreWanToTheFenAndPass() {
        Report r = published(2024);
        for (String wan : List.of("24252.311082", "0.000001", "3.12345", "96171.6")) {
            r.setAmount("t2.fees.amount_wan", new BigDecimal(wan));
            assertThat(run(new T2FeeUnitRule(), r)).as(wan).isEmpty();
        }
        Report last = published(2023);
        last.setAmount("t2.fees.amount_wan", new BigDecimal("23981.5"));
        r.setAmount("t2.fees.amount_wan", new BigDecimal("24252.311082"));
        assertThat(run(new T2FeeUnitRule(), r, last)).isEmpty();
        // Six decimals and a 1000-fold jump: the jump still warns.
        r.setAmount("t2.fees.amount_wan", new BigDecimal("24252311.082000"));
        assertThat(run(new T2FeeUnitRule(), r, last)).singleElement().extracting(Finding::message).asString()
                .contains("1011 倍").doesNotContain("位小数");
    }

    @Test
    void t2_02_edges_zeroBlankLastYearZeroAndTheTrialFormat() {
        Report r = published(2024);
        Report last = published(2023);
        last.setAmount("t2.fees.amount_wan", BigDecimal.ZERO);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("5000"));
        assertThat(run(new T2FeeUnitRule(), r, last)).isEmpty();
        r.setAmount("t2.fees.amount_wan", BigDecimal.ZERO);
        assertThat(run(new T2FeeUnitRule(), r)).isEmpty();
        r.clear("t2.fees.amount_wan");
        assertThat(run(new T2FeeUnitRule(), r)).isEmpty();
        assertThat(run(new T2FeeUnitRule(), of(OrganKind.TOWNSHIP, FormatVersion.V2019, 2020))).isEmpty();
    }

    // ---- T2-03 -------------------------------------------------------------------------------------------------

    @Test
    void t2_03_organsWithoutRuleMakingPowerReportNoRegulations() {
        for (OrganKind kind : List.of(OrganKind.TOWNSHIP, OrganKind.COUNTY_GOVERNMENT, OrganKind.COUNTY_DEPARTMENT,
                OrganKind.CITY_DEPARTMENT)) {
            Report r = of(kind, FormatVersion.V2021, 2024);
            r.setCount("t2.reg.issued", 0L);
            r.setCount("t2.reg.repealed", 0L);
            r.setCount("t2.reg.in_force", 6L);
            List<Finding> f = run(new T2RegulationRule(), r);
            assertThat(ids(f)).as(kind.id()).containsExactly("T2-03:reg");
            assertThat(f.get(0).severity()).isEqualTo(Severity.E);
            assertThat(f.get(0).cells()).containsExactly("t2.reg.in_force");
            assertThat(f.get(0).message()).contains(kind.label(), "规章", "现行有效件数 6", "立法法");
        }
    }

    @Test
    void t2_03_governmentsThatMakeRegulationsZerosBlanksAndUnknownKindsPass() {
        Report city = of(OrganKind.CITY_GOVERNMENT, FormatVersion.V2021, 2024);
        city.setCount("t2.reg.in_force", 11L);
        assertThat(run(new T2RegulationRule(), city)).isEmpty();
        Report township = of(OrganKind.TOWNSHIP, FormatVersion.V2021, 2024);
        assertThat(run(new T2RegulationRule(), township)).isEmpty();
        township.setCount("t2.reg.in_force", 0L);
        assertThat(run(new T2RegulationRule(), township)).isEmpty();
        Report other = of(OrganKind.OTHER, FormatVersion.V2021, 2024);
        other.setCount("t2.reg.issued", 2L);
        assertThat(run(new T2RegulationRule(), other)).isEmpty();
    }

    @Test
    void t2_03_alsoInTheTrialTable() {
        Report r = of(OrganKind.TOWNSHIP, FormatVersion.V2019, 2020);
        r.setCount("t2.reg.made", 1L);
        assertThat(ids(run(new T2RegulationRule(), r))).containsExactly("T2-03:reg");
    }

    // ---- T2-04 -------------------------------------------------------------------------------------------------

    @Test
    void t2_04_aReportOf2021OrLaterInTheTrialFormatIsAnError() {
        List<Finding> f = run(new T2FormatRule(), of(OrganKind.COUNTY_GOVERNMENT, FormatVersion.V2019, 2023));
        assertThat(ids(f)).containsExactly("T2-04");
        assertThat(f.get(0).severity()).isEqualTo(Severity.E);
        assertThat(f.get(0).message()).contains("2023 年", "2019 年试行格式", "2021 年格式", "表二");
        assertThat(ids(run(new T2FormatRule(), of(OrganKind.COUNTY_GOVERNMENT, FormatVersion.V2019, 2021))))
                .containsExactly("T2-04");
    }

    @Test
    void t2_04_theTrialFormatForItsOwnYearsAndThe2021FormatPass() {
        assertThat(run(new T2FormatRule(), of(OrganKind.TOWNSHIP, FormatVersion.V2019, 2020))).isEmpty();
        assertThat(run(new T2FormatRule(), of(OrganKind.TOWNSHIP, FormatVersion.V2019, 2019))).isEmpty();
        assertThat(run(new T2FormatRule(), TestReports.full(2024, 1))).isEmpty();
    }

    // ---- T2-05 -------------------------------------------------------------------------------------------------

    @Test
    void t2_05_aFullTableAndZerosPass() {
        assertThat(run(BlankCellsRule.table2(), TestReports.full(2024, 1))).isEmpty();
        Report r = of(OrganKind.COUNTY_DEPARTMENT, FormatVersion.V2021, 2024);
        r.catalog().cellsOf(TableId.T2).forEach(c -> r.setValue(c.key(), BigDecimal.ZERO));
        assertThat(run(BlankCellsRule.table2(), r)).isEmpty();
    }

    @Test
    void t2_05_aBlankRegulationCellWarnsOncePerBlock() {
        Report r = published(2024);
        r.clear("t2.reg.issued");
        r.clear("t2.reg.in_force");
        r.clear("t2.fees.amount_wan");
        List<Finding> f = run(BlankCellsRule.table2(), r);
        assertThat(ids(f)).containsExactly("T2-05:reg", "T2-05:fees");
        assertThat(f).allMatch(x -> x.severity() == Severity.W);
        assertThat(f.get(0).cells()).containsExactly("t2.reg.issued", "t2.reg.in_force");
        assertThat(f.get(0).message()).contains("表二「第二十条第（一）项」", "2 个空格", "规章·本年制发件数",
                "规章·现行有效件数", "填 0");
        assertThat(f.get(1).message()).contains("表二「第二十条第（八）项」", "1 个空格", "行政事业性收费");
    }

    @Test
    void t2_05_anEmptyTableGivesOneWarningPerBlockAlsoInTheTrialFormat() {
        Report r = of(OrganKind.COUNTY_DEPARTMENT, FormatVersion.V2021, 2024);
        assertThat(ids(run(BlankCellsRule.table2(), r))).containsExactly("T2-05:reg", "T2-05:license",
                "T2-05:penalty", "T2-05:fees");
        Report trial = of(OrganKind.COUNTY_DEPARTMENT, FormatVersion.V2019, 2020);
        List<Finding> f = run(BlankCellsRule.table2(), trial);
        assertThat(ids(f)).containsExactly("T2-05:reg", "T2-05:license", "T2-05:penalty", "T2-05:fees",
                "T2-05:procurement");
        assertThat(f.get(1).message()).contains("6 个空格", "行政许可·上一年项目数量", "等");
    }
}
