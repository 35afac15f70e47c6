package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;
import static org.ogireport.rules.RuleTesting.run;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.NumberKey;
import org.ogireport.format.TextField;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;

/** X-04 … X-07 with sentences of the sample reports that must match and ones that must not. */
class ReviewFeeAndCompletenessRulesTest {

    private static final String ON_REQUEST = "s1.on_request";
    /** 淮安市 2024, 一（二）: every figure of table 四 in words. */
    private static final String HUAIAN_REVIEW = "政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，"
            + "尚未审结 37 件；政府信息公开行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";

    private static Report huaian() {
        return Fixtures.load(Fixtures.HUAIAN_2024);
    }

    // ---- X-04 ----------------------------------------------------------------------------------------------------

    @Test
    void x04_everyFigureOfTheHuaianSentenceMatchesTableFour() {
        Report r = huaian();
        assertThat(r.text(ON_REQUEST)).contains(HUAIAN_REVIEW.replace(" ", ""));
        assertThat(run(new X04ReviewRule(), r)).isEmpty();
        r.setText(ON_REQUEST, HUAIAN_REVIEW);
        assertThat(run(new X04ReviewRule(), r)).isEmpty();
    }

    @Test
    void x04_aWrongTotalOrPartIsComparedWithTheRightGroups() {
        Report r = huaian();
        r.setText(ON_REQUEST, HUAIAN_REVIEW);
        r.setCount("t4.rev.total", 350L);
        r.setCount("t4.lit_rev.pending", 7L);
        List<Finding> f = run(new X04ReviewRule(), r);
        assertThat(ids(f)).containsExactly("X-04:s1.on_request:t4.rev.total:351",
                "X-04:s1.on_request:t4.lit.pending:7");
        assertThat(f.get(1).message()).contains("“尚未审结 7 件”", "未经复议直接起诉·尚未审结", "复议后起诉·尚未审结", "= 8");
        r.setCount("t4.lit.total", 27L);
        assertThat(ids(run(new X04ReviewRule(), r))).contains("X-04:s1.on_request:t4.lit.total:46");
    }

    @Test
    void x04_noneHappenedIsZeroForEachKindNamed() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。");
        List<Finding> f = run(new X04ReviewRule(), r);
        assertThat(ids(f)).containsExactly("X-04:s1.on_request:t4.rev.total:0", "X-04:s1.on_request:t4.lit.total:0");
        assertThat(f.get(1).message()).contains("表四「未经复议直接起诉·总计」 1", "表四「复议后起诉·总计」 3", "= 4");
        r.catalog().cellsOf("t4").forEach(c -> r.setCount(c.key(), 0L));
        assertThat(run(new X04ReviewRule(), r)).isEmpty();
    }

    @Test
    void x04_allUpheldWhileCasesArePendingOrCorrected() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, "2024 年，因政府信息公开被申请行政复议 2 件，均获维持。");
        List<Finding> f = run(new X04ReviewRule(), r);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("X-04");
            assertThat(x.cells()).containsExactly(ON_REQUEST, "t4.rev.corrected");
            assertThat(x.message()).contains("“均获维持”", "表四", "行政复议·结果纠正 1");
        });
        r.setCount("t4.rev.corrected", 0L);
        r.setCount("t4.rev.upheld", 2L);
        assertThat(run(new X04ReviewRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "政府信息公开行政诉讼 4 件，均被依法维持。");
        assertThat(ids(run(new X04ReviewRule(), r))).containsExactly("X-04:s1.on_request:均被依法维持");
    }

    @Test
    void x04_leavesOtherMentionsAlone() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        for (String sentence : List.of(
                // 洪泽区 2024, 五.
                "使各行政机关答复的方式、格式、不予公开依据等更加规范，有效降低行政复议、行政诉讼发生率和纠错率。",
                "全年办理政府信息公开行政复议案件 150 件，审理行政诉讼 20 件。", "行政复议和行政诉讼各 1 件。",
                "发生行政复议、行政诉讼案件 3 件。", "未发生因政府信息公开被纠错的行政复议案件。",
                "另有 1 件尚未收到行政复议决定。",
                "政府信息公开行政复议约 3 件。", "其中结果维持 1 件。")) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X04ReviewRule(), r)).as(sentence).isEmpty();
        }
    }

    @Test
    void x04_casesCountedInOtherUnitsAndChineseNumerals() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, "因政府信息公开被申请行政复议两起，提起行政诉讼四例。");
        assertThat(run(new X04ReviewRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "因政府信息公开被申请行政复议三起。");
        assertThat(ids(run(new X04ReviewRule(), r))).containsExactly("X-04:s1.on_request:t4.rev.total:3");
    }

    // ---- X-05 ----------------------------------------------------------------------------------------------------

    @Test
    void x05_huaianQuotesItsNewRegulationAndNotItsPolicyDocuments() {
        Report r = huaian();
        assertThat(r.text("s1.active")).contains("新增公开市政府规章1件、市政府及市政府办政策性文件11件");
        assertThat(run(new X05DocumentsRule(), r)).isEmpty();
        r.setCount("t2.reg.issued", 2L);
        List<Finding> f = run(new X05DocumentsRule(), r);
        assertThat(ids(f)).containsExactly("X-05:s1.active:t2.reg.issued:1");
        assertThat(f.get(0).message()).contains("“全年新增公开市政府规章1件”", "表二「规章」行「本年制发件数」列为 2");
    }

    @Test
    void x05_eachVerbGoesToItsColumn() {
        Report r = huaian();
        r.setText("s1.active", "全年制发行政规范性文件 8 件，废止规范性文件二十六件，现行有效规范性文件 66 件。");
        assertThat(run(new X05DocumentsRule(), r)).isEmpty();
        r.setText("s1.active", "全年制发行政规范性文件 9 件，废止规范性文件 26 件，规范性文件现行有效 60 件。");
        assertThat(ids(run(new X05DocumentsRule(), r))).containsExactly("X-05:s1.active:t2.norm.issued:9",
                "X-05:s1.active:t2.norm.in_force:60");
    }

    @Test
    void x05_leavesOtherDocumentCountsAlone() {
        Report r = huaian();
        for (String sentence : List.of("审查规范性文件 120 件。", "备案规范性文件 30 件。", "出台规范性文件的配套解读 5 件。",
                "公开规范性文件 66 件。", "制发规章和规范性文件 9 件。", "清理规范性文件 120 件，其中废止 26 件。",
                "制发市政府及市政府办政策性文件 11 件。")) {
            r.setText("s1.active", sentence);
            assertThat(run(new X05DocumentsRule(), r)).as(sentence).isEmpty();
        }
    }

    // ---- X-06 ----------------------------------------------------------------------------------------------------

    @Test
    void x06_huaianReportsItsFeeInSix() {
        Report r = huaian();
        assertThat(run(new X06FeeRule(), r)).isEmpty();
        r.setNumber(NumberKey.FEE_YUAN.key(), new BigDecimal("394"));
        List<Finding> f = run(new X06FeeRule(), r);
        assertThat(ids(f)).containsExactly("X-06:s6.text:s6.fee_yuan:3940");
        assertThat(f.get(0).message()).contains("“全年收取政府信息公开信息处理费3940元”", "信息处理费（元）」为 394");
    }

    @Test
    void x06_feesOrUnpaidFeeNoticesNeedAWordInSix() {
        Report r = huaian();
        r.setText("s6.text", "无。");
        List<Finding> f = run(new X06FeeRule(), r);
        assertThat(ids(f)).containsExactly("X-06:s6.text");
        assertThat(f.get(0).cells()).containsExactly("s6.text", "s6.fee_yuan", "t3.r3_6_2.tot");
        assertThat(f.get(0).message()).contains("六、其他需要报告的事项", "3940", "逾期未按收费通知要求缴纳费用");
        r.setNumber(NumberKey.FEE_YUAN.key(), BigDecimal.ZERO);
        r.setCount("t3.r3_6_2.tot", 0L);
        assertThat(run(new X06FeeRule(), r)).isEmpty();
    }

    @Test
    void x06_fengquansNoFeeSentenceAndAFeeInWan() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText("s6.text", "2024 年，我单位无政府信息公开收费项目。");
        assertThat(run(new X06FeeRule(), r)).isEmpty();
        r.setNumber(NumberKey.FEE_YUAN.key(), new BigDecimal("3940"));
        r.setText("s6.text", "全年收取信息处理费 0.394 万元。");
        assertThat(run(new X06FeeRule(), r)).isEmpty();
        r.setNumber(NumberKey.FEE_YUAN.key(), null);
        assertThat(run(new X06FeeRule(), r)).isEmpty();
    }

    /** Issue 12: the fee is 100 元 while 六 says none was charged. */
    @Test
    void x06_aFeeAboveZeroWhileSixSaysNoneWasCharged() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setNumber(NumberKey.FEE_YUAN.key(), new BigDecimal("100"));
        for (String none : List.of("本年度未收取信息处理费。", "2024 年，我区没有收取任何信息处理费。", "信息处理费：无。",
                "政府信息公开信息处理费收取情况：无。", "本机关无信息处理费收入。")) {
            r.setText("s6.text", "做好人大代表建议办理工作。" + none);
            List<Finding> f = run(new X06FeeRule(), r);
            assertThat(ids(f)).as(none).containsExactly("X-06:s6.text:none");
            assertThat(f.get(0).cells()).containsExactly("s6.text", "s6.fee_yuan");
            assertThat(f.get(0).message()).as(none).contains("写“" + none + "”", "信息处理费（元）」为 100", "改为 0");
        }
        r.setNumber(NumberKey.FEE_YUAN.key(), BigDecimal.ZERO);
        r.setText("s6.text", "本年度未收取信息处理费。");
        assertThat(run(new X06FeeRule(), r)).isEmpty();
        r.setNumber(NumberKey.FEE_YUAN.key(), null);
        assertThat(run(new X06FeeRule(), r)).isEmpty();
    }

    @Test
    void x06_anAmountInSixThatDiffersFromTheFee() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setNumber(NumberKey.FEE_YUAN.key(), new BigDecimal("100"));
        r.setText("s6.text", "全年收取信息处理费 100 元。");
        assertThat(run(new X06FeeRule(), r)).isEmpty();
        r.setText("s6.text", "全年收取信息处理费 150 元。");
        assertThat(ids(run(new X06FeeRule(), r))).containsExactly("X-06:s6.text:s6.fee_yuan:150");
        r.setNumber(NumberKey.FEE_YUAN.key(), BigDecimal.ZERO);
        assertThat(run(new X06FeeRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("“全年收取信息处理费 150 元”", "为 0", "相差 150");
        // The fee and the amount agree, and 未收取 speaks of something else: no finding of “none”.
        r.setNumber(NumberKey.FEE_YUAN.key(), new BigDecimal("100"));
        r.setText("s6.text", "全年收取信息处理费 100 元，对低保对象的申请未收取费用减免以外的其他款项。");
        assertThat(ids(run(new X06FeeRule(), r))).containsExactly("X-06:s6.text:none");
    }

    // ---- X-07 ----------------------------------------------------------------------------------------------------

    @Test
    void x07_aReportWithEveryTopicAndArticle50Passes() {
        Report r = huaian();
        r.setText("s1.oversight", r.text("s1.oversight") + "将政务公开纳入绩效考核，开展社会评议，全年未发生责任追究情况。");
        assertThat(run(new X07CompletenessRule(), r)).isEmpty();
    }

    @Test
    void x07_aMissingTopicEmptyProblemsAndEmptySix() {
        Report r = huaian();
        r.setText("s1.platform", null);
        r.setText("s5.problems", "无。");
        r.setText("s5.measures", null);
        r.setText("s6.text", null);
        List<Finding> f = run(new X07CompletenessRule(), r);
        assertThat(ids(f)).containsExactly("X-07:s1.platform", "X-07:s5.problems", "X-07:s6.text", "X-07:art50");
        assertThat(f.get(0).message()).contains("一、总体情况", "（四）政府信息公开平台建设情况");
        assertThat(f.get(3).message()).contains("第五十条", "工作考核、社会评议、责任追究结果");
    }

    @Test
    void x07_aTopicWrittenInAnotherFieldCountsAndNoneIsEnoughForSix() {
        Report r = huaian();
        r.setText("s1.intro", r.text("s1.intro") + "（四）政府信息公开平台建设情况。进一步优化政务公开专栏设置。");
        r.setText("s1.platform", null);
        r.setText("s6.text", "无。");
        r.setText("s5.problems", "暂无");
        r.setText("s5.measures", null);
        List<Finding> f = run(new X07CompletenessRule(), r);
        assertThat(ids(f)).containsExactly("X-07:s5.problems", "X-07:art50");
    }

    @Test
    void x07_article50OnlyConcernsGovernments() {
        Report r = huaian().copyAs(new Organ("淮安市教育局", OrganKind.CITY_DEPARTMENT), 2024);
        assertThat(run(new X07CompletenessRule(), r)).isEmpty();
        Report empty = Report.newDraft(new Organ("某镇人民政府", OrganKind.TOWNSHIP), 2024);
        List<Finding> f = run(new X07CompletenessRule(), empty);
        assertThat(ids(f)).containsExactly("X-07:s1.active", "X-07:s1.on_request", "X-07:s1.management",
                "X-07:s1.platform", "X-07:s1.oversight", "X-07:s5.problems", "X-07:s6.text", "X-07:art50");
        assertThat(f).allMatch(x -> x.severity() == Severity.W);
        for (TextField t : empty.catalog().section("s1").texts()) {
            empty.setText(t.key(), "考核 评议 问责");
        }
        assertThat(ids(run(new X07CompletenessRule(), empty))).containsExactly("X-07:s5.problems", "X-07:s6.text");
    }

    /** A false alarm: a rule of the 2021 format (一's five topics, 30号) told a trial-format report what to write. */
    @Test
    void x07_theTopicsOfThe2021FormatAreNotAskedOfATrialFormatReport() {
        Report trial = new Report(FormatVersion.V2019, new Organ("某区司法局", OrganKind.COUNTY_DEPARTMENT), 2020,
                ValueMode.COMPUTED);
        trial.setText("s1.intro", "2020 年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。");
        trial.setText("s5.problems", "主动公开的深度和广度还不够。");
        trial.setText("s6.text", "无。");
        assertThat(run(new X07CompletenessRule(), trial)).isEmpty();
        Report now = trial.copyAs(trial.organ(), 2024);
        Report modern = new Report(FormatVersion.V2021, now.organ(), 2024, ValueMode.COMPUTED);
        now.texts().forEach(modern::setText);
        List<Finding> f = run(new X07CompletenessRule(), modern);
        assertThat(ids(f)).containsExactly("X-07:s1.active", "X-07:s1.on_request", "X-07:s1.management",
                "X-07:s1.platform", "X-07:s1.oversight");
        assertThat(f.get(0).message()).contains("国办公开办函〔2021〕30号", "5 个方面").doesNotContain("2021 年格式");
        // 五 and 六 are asked in both formats.
        trial.setText("s6.text", null);
        assertThat(ids(run(new X07CompletenessRule(), trial))).containsExactly("X-07:s6.text");
    }

    // ---- X-08 ----------------------------------------------------------------------------------------------------

    /** 一 of a given length: its fields filled with “政务公开” (4 counted characters) and punctuation, which is not. */
    private static Report overviewOf(int length) {
        Report r = huaian();
        r.catalog().section("s1").texts().forEach(t -> r.setText(t.key(), null));
        r.setText("s1.active", "政务公开，".repeat(length / 4) + "政".repeat(length % 4) + "。");
        r.setText("s1.oversight", "　\n ");
        return r;
    }

    @Test
    void x08_aThousandCharactersPassOneMoreWarns() {
        assertThat(ProseLength.ofOverview(overviewOf(999))).isEqualTo(999);
        assertThat(run(new X08LengthRule(), overviewOf(999))).isEmpty();
        assertThat(run(new X08LengthRule(), overviewOf(1000))).isEmpty();
        List<Finding> f = run(new X08LengthRule(), overviewOf(1001));
        assertThat(ids(f)).containsExactly("X-08:s1");
        assertThat(f.get(0).severity()).isEqualTo(Severity.W);
        assertThat(f.get(0).cells()).containsExactly("s1.active");
        assertThat(f.get(0).message()).contains("一、总体情况共 1001 字", "国办公开办函〔2021〕30号", "不超过 1000 字",
                "多了 1 字", "（一）主动公开情况");
    }

    @Test
    void x08_countsChineseCharactersLettersAndDigitsAcrossAllFieldsNotSpacesOrPunctuation() {
        assertThat(ProseLength.of("2024年，共收到 ABC 申请（12件）。\n　")).isEqualTo(16);
        assertThat(ProseLength.of("二〇二四年")).isEqualTo(5);
        assertThat(ProseLength.of("２０２４，“”；：——……")).isEqualTo(4);
        Report r = overviewOf(600);
        r.setText("s1.intro", "引".repeat(401));
        assertThat(ProseLength.ofOverview(r)).isEqualTo(1001);
        List<Finding> f = run(new X08LengthRule(), r);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.cells()).containsExactly("s1.active", "s1.intro");
            assertThat(x.message()).contains("1001 字", "最长的是「（一）主动公开情况」（600 字）");
        });
    }

    @Test
    void x08_aTrialFormatReportSetsNoLength() {
        Report trial = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.COMPUTED);
        trial.setText("s1.intro", "政".repeat(2000));
        assertThat(run(new X08LengthRule(), trial)).isEmpty();
        assertThat(ProseLength.describeOverview(trial)).isEqualTo("共 2000 字");
        assertThat(ProseLength.describeOverview(overviewOf(1001))).isEqualTo("共 1001 字（限 1000 字）");
    }
}
