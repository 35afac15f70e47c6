package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;
import static org.ogireport.rules.RuleTesting.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.Fixtures;

/**
 * X-01 … X-03: the applications the prose quotes against table 三, with sentences of the sample reports (as pdftotext
 * gives them, spaces around numbers included) that must match and ones that must not.
 */
class ApplicationProseRulesTest {

    private static final String ON_REQUEST = "s1.on_request";
    /** 淮安市 2024, 一（二）. */
    private static final String HUAIAN = "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，"
            + "另有 103 件顺延到下年度答复），均在法定期限内予以答复。";
    /** 洪泽区 2024, 一（二）: the 政府办's own count, while table 三 counts the whole district. */
    private static final String HONGZE_2024 = "2024 年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。";
    /** 洪泽区 2023, 一（二）. */
    private static final String HONGZE_2023 = "进一步规范依申请公开流程，畅通依申请公开受理渠。2023 年全区受理政府信息公开申请 21 件，"
            + "均在法定期限答复。";
    /** Sentences of the samples with numbers that are no count of applications. */
    private static final List<String> OTHER_NUMBERS = List.of(
            "2024 年，市政府网站主动公开各类政府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市政府办政策性文件 11 件，"
                    + "通过文字、图片等形式制作政策解读 21 个，制作《淮安市人民政府公报》6 期。",
            "截至目前，全市在运维政务新媒体共计 95 个，在省办 2024 年四个季度政务新媒体检查抽查中，合格率均为 100%。",
            "根据省政务公开年度和季度监测指标，全年组织 4 次政府信息公开栏目全覆盖检查。",
            "2024 年，凤泉区科技局坚持实事求是，加强监督，今年以来，主动公开政策信息 31 条。",
            "通过 12345 热线等及时了解群众利益诉求，推进办事服务公开标准化。",
            "2024 年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7 期，解读信息发布 7 条。",
            "政府信息公开行政复议 351 件，其中结果维持 72 件，结果纠正 64 件，其他结果 178 件，尚未审结 37 件。",
            "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第 711 号）要求编制此报告。");

    private static Report huaian(String text) {
        Report r = Fixtures.load(Fixtures.HUAIAN_2024);
        r.setText(ON_REQUEST, text);
        return r;
    }

    // ---- X-01 ----------------------------------------------------------------------------------------------------

    @Test
    void x01_theReceivedCountsOfTheSamplesMatchTheirTables() {
        assertThat(run(new X01ReceivedRule(), huaian(HUAIAN))).isEmpty();
        Report hongze2023 = Fixtures.load(Fixtures.HONGZE_2023);
        hongze2023.setText(ON_REQUEST, HONGZE_2023);
        assertThat(run(new X01ReceivedRule(), hongze2023)).isEmpty();
    }

    @Test
    void x01_hongze2024QuotesTheOfficesCountAgainstTheDistrictsTable() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, HONGZE_2024);
        List<Finding> f = run(new X01ReceivedRule(), r);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("X-01:s1.on_request:t3.r1.tot:17");
            assertThat(x.severity()).isEqualTo(Severity.W);
            assertThat(x.cells()).containsExactly(ON_REQUEST, "t3.r1.tot");
            assertThat(x.message()).contains("（二）依申请公开情况", "受理政府信息公开申请 17 件", "本年新收", "95", "相差 78",
                    "口径");
        });
    }

    @Test
    void x01_catchesAWrongCountInTheHuaianSentence() {
        Report r = huaian(HUAIAN.replace("3119", "3120"));
        assertThat(ids(run(new X01ReceivedRule(), r))).containsExactly("X-01:s1.on_request:t3.r1.tot:3120");
    }

    @Test
    void x01_chineseNumeralsAndOtherVerbs() {
        Report r = Fixtures.load(Fixtures.HONGZE_2023);
        r.setText(ON_REQUEST, "2023 年全区共收到政府信息公开申请二十一件。");
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "本年度新收政府信息公开申请二十件。");
        assertThat(ids(run(new X01ReceivedRule(), r))).containsExactly("X-01:s1.on_request:t3.r1.tot:20");
        r.setText(ON_REQUEST, "全年受理政府信息公开申请，共计 21 件。");
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
    }

    @Test
    void x01_aCountThatIncludesLastYearsCarryOverIsComparedWithBothRows() {
        Report r = Fixtures.load(Fixtures.HUAIAN_2024);
        r.setText(ON_REQUEST, "全年共受理政府信息公开申请 3153 件（含上年结转 34 件）。");
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "全年共受理政府信息公开申请 3153 件，其中上年结转 34 件。");
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "全年共受理政府信息公开申请 3150 件（含上年结转 34 件）。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("3119 +", "34 = 3153", "相差 3");
    }

    @Test
    void x01_fengquansNoneReceivedIsZero() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, "2024 年，未收到信息公开申请事项。");
        List<Finding> f = run(new X01ReceivedRule(), r);
        assertThat(f).singleElement().extracting(Finding::message).asString().contains("未收到信息公开申请", "95");
        r.catalog().cellsOf("t3").forEach(c -> r.setCount(c.key(), 0L));
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "全年未收到因政府信息公开引起的行政复议申请。");
        r.setCount("t3.r1.tot", 3L);
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
    }

    @Test
    void x01_leavesNumbersThatCountOtherThingsAlone() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        for (String sentence : OTHER_NUMBERS) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X01ReceivedRule(), r)).as(sentence).isEmpty();
        }
        for (String sentence : List.of("全年共受理政府信息公开申请约 20 件。", "收到人大代表建议 15 件、政协提案 20 件。",
                "受理政务服务事项 12000 件，收到群众来信 8 件。", "受理行政许可申请 500 件。",
                "收到的申请中 2 件结转下年度办理。", "对依法未受理的申请，均书面告知理由。",
                "有 2 件因申请人未收到补正告知书而重新送达。", "未收到申请人的补正材料。")) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X01ReceivedRule(), r)).as(sentence).isEmpty();
        }
    }

    @Test
    void x01_aBlankTableRowIsNotComparedAndALostTotalColumnIsSummed() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, HONGZE_2024.replace("17", "95"));
        r.clear("t3.r1.tot");
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
        r.catalog().cellsOf("t3").stream().filter(c -> c.row().key().equals("r1")).forEach(c -> r.clear(c.key()));
        assertThat(run(new X01ReceivedRule(), r)).isEmpty();
    }

    /** A false alarm's message: “写“年共收到…12件”” lost the year 2025. The sentence is quoted whole. */
    @Test
    void x01_quotesTheWholeSentenceAndNeverCutsANumber() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        String sentence = "2025年共收到政府信息公开申请12件，均已在法定期限内答复。";
        r.setText(ON_REQUEST, "我办持续规范依申请公开工作。" + sentence + "无逾期答复情况。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("写“" + sentence + "”", "95", "相差 83");
        String longer = "为切实保障人民群众依法获取政府信息的权利，本机关进一步完善依申请公开工作机制，"
                + "全年共新收各类申请人提出的政府信息公开申请合计 3,120 件。";
        r.setText(ON_REQUEST, longer);
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("“" + longer + "”");
        r.setText(ON_REQUEST, "本年度未收到政府信息公开申请，无结转。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("“本年度未收到政府信息公开申请，无结转。”");
    }

    @Test
    void x01_aGovernmentsDifferentCountSuggestsTheTwoScopesADepartmentsDoesNot() {
        Report government = Fixtures.load(Fixtures.HONGZE_2024);
        government.setText(ON_REQUEST, HONGZE_2024);
        assertThat(run(new X01ReceivedRule(), government)).singleElement().extracting(Finding::message).asString()
                .contains("本政府机关", "全县（区、市）的合计");
        Report department = government.copyAs(new Organ("淮安市洪泽区教育局", OrganKind.COUNTY_DEPARTMENT), 2024);
        assertThat(run(new X01ReceivedRule(), department)).singleElement().extracting(Finding::message).asString()
                .contains("相差 78").doesNotContain("本政府机关", "口径");
        Report township = government.copyAs(new Organ("某镇人民政府", OrganKind.TOWNSHIP), 2024);
        assertThat(run(new X01ReceivedRule(), township)).singleElement().extracting(Finding::message).asString()
                .doesNotContain("本政府机关");
    }

    @Test
    void x01_aCountThatIsTheOtherSumSaysHowToWordItNotTheScope() {
        // 淮安市: 本年新收 3119, 上年结转 34.
        Report r = huaian("全年共受理政府信息公开申请 3153 件。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("等于「本年新收」+「上年结转」", "含上年结转").doesNotContain("本政府机关");
        r.setText(ON_REQUEST, "全年共受理政府信息公开申请 3119 件（含上年结转 34 件）。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("正文说含「上年结转」", "只等于「本年新收」").doesNotContain("本政府机关");
        r.setText(ON_REQUEST, "全年共受理政府信息公开申请 3000 件。");
        assertThat(run(new X01ReceivedRule(), r)).singleElement().extracting(Finding::message).asString()
                .contains("本政府机关");
    }

    // ---- X-02 ----------------------------------------------------------------------------------------------------

    @Test
    void x02_theHuaianSentenceMatchesConcludedCarriedInAndCarriedOut() {
        assertThat(run(new X02ConcludedRule(), huaian(HUAIAN))).isEmpty();
    }

    @Test
    void x02_eachStatedFigureIsComparedWithItsRow() {
        Report r = huaian(HUAIAN);
        r.setCount("t3.r3_7.tot", 3051L);
        r.setCount("t3.r2.tot", 35L);
        r.setCount("t3.r4.tot", 104L);
        List<Finding> f = run(new X02ConcludedRule(), r);
        assertThat(ids(f)).containsExactly("X-02:s1.on_request:t3.r3_7.tot:3050", "X-02:s1.on_request:t3.r2.tot:34",
                "X-02:s1.on_request:t3.r4.tot:103");
        assertThat(f.get(2).message()).contains("“另有 103 件顺延到下年度答复”", "结转下年度", "104", "相差 1");
    }

    @Test
    void x02_otherWordingsAndChineseNumerals() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, "全年受理政府信息公开申请 95 件，已全部办结九十五件，结转下年度继续办理 0 件。");
        assertThat(run(new X02ConcludedRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "全年受理政府信息公开申请 95 件，办结 93 件，2 件结转至下一年度办理。");
        assertThat(ids(run(new X02ConcludedRule(), r))).containsExactly("X-02:s1.on_request:t3.r3_7.tot:93",
                "X-02:s1.on_request:t3.r4.tot:2");
    }

    @Test
    void x02_leavesUnclearStatementsAlone() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        for (String sentence : List.of(HONGZE_2023, "确保依申请答复工作规范高效。", "按时答复率 100%。",
                "受理政府信息公开申请 95 件，另有 2 件结转。", "办理人大代表建议 12 件、政协提案 8 件，均按时办结。",
                "办结人大代表建议 12 件。", "受理并答复政府信息公开申请 90 件。")) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X02ConcludedRule(), r)).as(sentence).isEmpty();
        }
        for (String sentence : OTHER_NUMBERS) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X02ConcludedRule(), r)).as(sentence).isEmpty();
        }
    }

    // ---- X-03 ----------------------------------------------------------------------------------------------------

    /** In the words of the 2021 table, with 洪泽区 2024's figures. */
    private static final String OUTCOMES = "全年受理政府信息公开申请 95 件，其中予以公开 50 件，占 52.6%；部分公开 9 件；"
            + "不予公开 3 件；无法提供 32 件；不予处理 1 件；其他处理 0 件。";

    @Test
    void x03_outcomeCountsAndSharesThatMatchTheTable() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, OUTCOMES);
        assertThat(run(new X03OutcomeRule(), r)).isEmpty();
        r.setText(ON_REQUEST, "予以公开的占 53%，部分公开的占比为 9.5%。");
        assertThat(run(new X03OutcomeRule(), r)).isEmpty();
    }

    @Test
    void x03_aWrongOutcomeCountAndAWrongShare() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setText(ON_REQUEST, OUTCOMES.replace("不予公开 3 件", "不予公开 4 件").replace("52.6%", "60%"));
        List<Finding> f = run(new X03OutcomeRule(), r);
        assertThat(ids(f)).containsExactly("X-03:s1.on_request:予以公开:60%", "X-03:s1.on_request:t3.r3_3_1.tot:4");
        assertThat(f.get(0).message()).contains("“其中予以公开 50 件，占 60%”", "「予以公开」为 50", "办理结果总计", "95",
                "52.6%");
        assertThat(f.get(1).message()).contains("“不予公开 4 件”", "表三「不予公开」各行「总计」合计为 3", "相差 1");
    }

    @Test
    void x03_leavesOtherPercentagesAndWordsAlone() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        for (String sentence : List.of(
                "截至目前，全市在运维政务新媒体共计 95 个，在省办 2024 年四个季度政务新媒体检查抽查中，合格率均为 100%。",
                "均在法定期限内予以答复。", "主动公开政府信息 1136 条，予以公开的信息占 80%。", "按时答复率 100%。",
                "政府信息公开行政复议 2 件，其他结果 0 件。")) {
            r.setText(ON_REQUEST, sentence);
            assertThat(run(new X03OutcomeRule(), r)).as(sentence).isEmpty();
        }
    }

    @Test
    void x03_anEmptyTableGivesNoShare() {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.catalog().cellsOf("t3").forEach(c -> r.setCount(c.key(), 0L));
        r.setText(ON_REQUEST, "申请中予以公开的占 50%。");
        assertThat(run(new X03OutcomeRule(), r)).isEmpty();
    }

    /**
     * A false alarm: “予以公开及部分公开42件，占51.85%” was compared with 部分公开 alone (20) instead of 予以公开 +
     * 部分公开 (22 + 20). Outcomes named together are one count of their sum, and its share is of that sum.
     */
    @Test
    void x03_outcomesNamedTogetherAreComparedWithTheirSum() {
        Report r = withOutcomes(22, 20, 81);
        for (String sentence : List.of("予以公开及部分公开42件，占51.85%。", "其中予以公开和部分公开的共42件，占比51.9%。",
                "予以公开、部分公开42件。", "予以公开（含部分公开）42件。", "予以公开42件（含部分公开20件）。",
                "予以公开与部分公开合计占51.85%。", "予以公开、部分公开分别为22件、20件。",
                "予以公开22件，部分公开20件，二者占51.85%。")) {
            r.setText(ON_REQUEST, RECEIVED_81 + sentence);
            assertThat(run(new X03OutcomeRule(), r)).as(sentence).isEmpty();
        }
    }

    @Test
    void x03_aWrongSumOfOutcomesNamedTogetherAndItsShare() {
        Report r = withOutcomes(22, 20, 81);
        r.setText(ON_REQUEST, RECEIVED_81 + "予以公开及部分公开40件，占49.38%。");
        List<Finding> f = run(new X03OutcomeRule(), r);
        assertThat(ids(f)).containsExactly("X-03:s1.on_request:t3.r3_1.tot:40",
                "X-03:s1.on_request:予以公开、部分公开:49.38%");
        assertThat(f.get(0).message()).contains("“予以公开及部分公开40件”", "表三「予以公开、部分公开」各行「总计」合计为 42",
                "相差 2");
        assertThat(f.get(1).message()).contains("51.85%", "「办理结果总计」81");
        r.setText(ON_REQUEST, RECEIVED_81 + "予以公开42件（含部分公开21件）。");
        assertThat(ids(run(new X03OutcomeRule(), r))).containsExactly("X-03:s1.on_request:t3.r3_2.tot:21");
    }

    private static final String RECEIVED_81 = "全年共受理政府信息公开申请81件。";

    /** 洪泽区 2024 with figures of our own: 予以公开, 部分公开 and 办理结果总计 in the 总计 column. */
    private static Report withOutcomes(long open, long partly, long concluded) {
        Report r = Fixtures.load(Fixtures.HONGZE_2024);
        r.setCount("t3.r3_1.tot", open);
        r.setCount("t3.r3_2.tot", partly);
        r.setCount("t3.r3_7.tot", concluded);
        r.setCount("t3.r1.tot", concluded);
        return r;
    }
}
