package org.ogireport.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labels, keys and derived cells of the official format, typed once (spec §2–§5 for 2021, §7 for the 2019
 * trial format). Labels are copied character for character from the official format: full-width punctuation,
 * curly quotes.
 */
final class OfficialFormat {

    static final String TITLE_SUFFIX = "年政府信息公开工作年度报告";
    /** The words with which real reports turn from 五's problems to the measures, besides 改进情况. */
    private static final List<String> MEASURES_OPENINGS = List.of("改进措施", "整改措施", "以下措施", "加以改进",
            "下一步", "下步", "今后", "针对存在", "针对上述", "针对以上", "针对这些");

    private OfficialFormat() {
    }

    static FormatCatalog build(FormatVersion v) {
        boolean trial = v == FormatVersion.V2019;
        List<TextField> preamble = List.of(new TextField(TextKey.PREAMBLE, SectionKey.PREAMBLE, "前言", null));
        List<Section> sections = List.of(
                new Section(SectionKey.OVERVIEW, "一、总体情况", null, List.of(
                        new TextField(TextKey.INTRO, SectionKey.OVERVIEW, "引言", null),
                        new TextField(TextKey.ACTIVE, SectionKey.OVERVIEW, "主动公开情况", "（一）主动公开情况"),
                        new TextField(TextKey.ON_REQUEST, SectionKey.OVERVIEW, "依申请公开情况", "（二）依申请公开情况"),
                        new TextField(TextKey.MANAGEMENT, SectionKey.OVERVIEW, "政府信息管理情况", "（三）政府信息管理情况"),
                        new TextField(TextKey.PLATFORM, SectionKey.OVERVIEW, "政府信息公开平台建设情况", "（四）政府信息公开平台建设情况",
                                List.of("平台载体建设", "平台建设")),
                        new TextField(TextKey.OVERSIGHT, SectionKey.OVERVIEW, "监督保障情况", "（五）监督保障情况")), List.of()),
                new Section(SectionKey.PUBLISHED, "二、主动公开政府信息情况", TableId.T2, List.of(), List.of()),
                new Section(SectionKey.APPLICATIONS, "三、收到和处理政府信息公开申请情况", TableId.T3, List.of(), List.of()),
                new Section(SectionKey.REVIEWS, "四、政府信息公开行政复议、行政诉讼情况", TableId.T4, List.of(), List.of()),
                new Section(SectionKey.PROBLEMS, trial ? "五、政府信息公开工作存在的主要问题及改进情况" : "五、存在的主要问题及改进情况",
                        null, List.of(new TextField(TextKey.PROBLEMS, SectionKey.PROBLEMS, "存在的主要问题", null),
                                new TextField(TextKey.MEASURES, SectionKey.PROBLEMS, "改进情况", null, MEASURES_OPENINGS)),
                        List.of()),
                new Section(SectionKey.OTHER_MATTERS, "六、其他需要报告的事项", null,
                        List.of(new TextField(TextKey.OTHER_MATTERS, SectionKey.OTHER_MATTERS, "其他需要报告的事项", null)),
                        List.of(new NumberField(NumberKey.FEE_YUAN, SectionKey.OTHER_MATTERS, "信息处理费（元）",
                                ValueKind.AMOUNT))));
        FormatNotice notice = trial ? new FormatNotice("国办公开办函〔2019〕60号", false, 0)
                : new FormatNotice("国办公开办函〔2021〕30号", true, OVERVIEW_MAX_LENGTH);
        return new FormatCatalog(v, notice, sections, preamble, trial ? table2Trial() : table2(), table3(trial),
                table4());
    }

    /** 30号 §一(一): “篇幅原则上不超过一千字”. */
    private static final int OVERVIEW_MAX_LENGTH = 1000;

    // ---- table 二 -------------------------------------------------------------------------------------------

    private static final String CONTENT = "信息内容";

    private static PublishedTable table2() {
        Header regulations = row("reg", "规章");
        Header issued = col("issued", "本年制发件数");
        Header repealed = col("repealed", "本年废止件数");
        Header inForce = col("in_force", "现行有效件数");
        Header feesInWan = new Header("amount_wan", List.of("本年收费金额（单位：万元）"), "本年收费金额（万元）", null,
                ValueKind.AMOUNT);
        Grid documents = block("第二十条第（一）项", rows(regulations, row("norm", "行政规范性文件")),
                cols(issued, repealed, inForce));
        Grid licenses = block("第二十条第（五）项", rows(row("license", "行政许可")),
                cols(col("decisions", "本年处理决定数量")));
        Grid penalties = block("第二十条第（六）项", rows(row("penalty", "行政处罚"), row("coercion", "行政强制")),
                cols(col("decisions", "本年处理决定数量")));
        TableSpec spec = new TableSpec(TableId.T2, "表二", SectionKey.PUBLISHED, List.of(documents, licenses, penalties,
                block("第二十条第（八）项", rows(row("fees", "行政事业性收费")), cols(feesInWan))), List.of());
        return new PublishedTable(spec, documents, regulations,
                Optional.of(new PublishedTable.DocumentCounts(issued, repealed, inForce)), Optional.of(feesInWan),
                decisions(licenses, penalties));
    }

    private static PublishedTable table2Trial() {
        List<Header> itemCols = cols(col("prev_items", "上一年项目数量"),
                new Header("delta", List.of("本年增/减"), "本年增/减", null, ValueKind.SIGNED_COUNT),
                col("decisions", "处理决定数量"));
        Header regulations = row("reg", "规章");
        Grid documents = block("第二十条第（一）项", rows(regulations, row("norm", "规范性文件")),
                cols(col("made", "本年新制作数量"), col("published", "本年新公开数量"), col("total_public", "对外公开总数量")));
        Grid licenses = block("第二十条第（五）项", rows(row("license", "行政许可"), row("other_service", "其他对外管理服务事项")),
                itemCols);
        Grid penalties = block("第二十条第（六）项", rows(row("penalty", "行政处罚"), row("coercion", "行政强制")), itemCols);
        TableSpec spec = new TableSpec(TableId.T2, "表二", SectionKey.PUBLISHED, List.of(documents, licenses, penalties,
                block("第二十条第（八）项", rows(row("fees", "行政事业性收费")), itemCols.subList(0, 2)),
                block("第二十条第（九）项", rows(row("procurement", "政府集中采购")),
                        cols(col("items", "采购项目数量"),
                                new Header("amount", List.of("采购总金额"), "采购总金额（元）", null, ValueKind.AMOUNT)))),
                List.of());
        return new PublishedTable(spec, documents, regulations, Optional.empty(), Optional.empty(),
                decisions(licenses, penalties));
    }

    /** The decisions on 行政许可 and on 行政处罚: the first row of each block, in its last column in both formats. */
    private static List<String> decisions(Grid licenses, Grid penalties) {
        return List.of(firstRowLastColumn(licenses), firstRowLastColumn(penalties));
    }

    private static String firstRowLastColumn(Grid grid) {
        return grid.cellKey(grid.rows().get(0), grid.columns().get(grid.columns().size() - 1));
    }

    private static Grid block(String title, List<Header> rows, List<Header> cols) {
        return new Grid(TableId.T2, title, CONTENT, rows, cols);
    }

    // ---- table 三 -------------------------------------------------------------------------------------------

    static final String T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final String APPLICANT = "申请人情况";
    private static final String LEGAL_PERSON = "法人或其他组织";
    private static final String RESULTS = "三、本年度办理结果";

    private static ApplicationsTable table3(boolean trial) {
        Header received = new Header("r1", List.of("一、本年新收政府信息公开申请数量"), "本年新收", null, null);
        Header carriedIn = new Header("r2", List.of("二、上年结转政府信息公开申请数量"), "上年结转", null, null);
        List<Header> outcomes = new ArrayList<>();
        outcomes.add(result("r3_1", "（一）予以公开", "予以公开", null));
        outcomes.add(result("r3_2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", null));
        String withheld = "（三）不予公开";
        outcomes.add(result3("r3_3_1", withheld, "1.属于国家秘密", null));
        outcomes.add(result3("r3_3_2", withheld, "2.其他法律行政法规禁止公开", null));
        outcomes.add(result3("r3_3_3", withheld, "3.危及“三安全一稳定”", "三安全一稳定：国家安全、公共安全、经济安全、社会稳定（条例第十四条）"));
        outcomes.add(result3("r3_3_4", withheld, "4.保护第三方合法权益", null));
        outcomes.add(result3("r3_3_5", withheld, "5.属于三类内部事务信息", "三类内部事务信息：人事管理、后勤管理、内部工作流程（条例第十六条第一款）"));
        outcomes.add(result3("r3_3_6", withheld, "6.属于四类过程性信息", "四类过程性信息：讨论记录、过程稿、磋商信函、请示报告（条例第十六条第二款）"));
        outcomes.add(result3("r3_3_7", withheld, "7.属于行政执法案卷", null));
        outcomes.add(result3("r3_3_8", withheld, "8.属于行政查询事项", null));
        String unavailable = "（四）无法提供";
        outcomes.add(result3("r3_4_1", unavailable, "1.本机关不掌握相关政府信息", null));
        outcomes.add(result3("r3_4_2", unavailable, "2.没有现成信息需要另行制作", "需要另行制作的信息（条例第三十八条）"));
        outcomes.add(result3("r3_4_3", unavailable, "3.补正后申请内容仍不明确", "补正（条例第三十条）"));
        String notHandled = "（五）不予处理";
        outcomes.add(result3("r3_5_1", notHandled, "1.信访举报投诉类申请", "信访、举报、投诉类申请（条例第三十九条）"));
        outcomes.add(result3("r3_5_2", notHandled, "2.重复申请", null));
        outcomes.add(result3("r3_5_3", notHandled, "3.要求提供公开出版物", "公开出版物（条例第三十九条）"));
        outcomes.add(result3("r3_5_4", notHandled, "4.无正当理由大量反复申请", "无正当理由大量、反复申请（条例第三十五条）"));
        outcomes.add(result3("r3_5_5", notHandled, "5.要求行政机关确认或重新出具已获取信息", "确认或重新出具已获取信息（条例第三十九条）"));
        String other = "（六）其他处理";
        Optional<Header> unpaidFees = Optional.empty();
        if (trial) {
            outcomes.add(result("r3_6", other, "其他处理", null));
        } else {
            outcomes.add(result3("r3_6_1", other, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "补正（条例第三十条）"));
            unpaidFees = Optional.of(result3("r3_6_2", other, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                    "收费（条例第四十二条）"));
            outcomes.add(unpaidFees.get());
            outcomes.add(result3("r3_6_3", other, "3.其他", null));
        }
        Header concluded = result("r3_7", "（七）总计", "办理结果总计", null);
        Header carriedOver = new Header("r4", List.of("四、结转下年度继续办理"), "结转下年度", null, null);
        List<Header> rows = new ArrayList<>(List.of(received, carriedIn));
        rows.addAll(outcomes);
        rows.addAll(List.of(concluded, carriedOver));

        List<Header> applicants = List.of(
                new Header("np", List.of(APPLICANT, "自然人"), "自然人", null, ValueKind.COUNT),
                legalPerson("biz", "商业企业"),
                legalPerson("res", "科研机构"),
                legalPerson("ngo", "社会公益组织"),
                legalPerson("law", "法律服务机构"),
                new Header("oth", List.of(APPLICANT, LEGAL_PERSON, "其他"), "法人或其他组织·其他", null, ValueKind.COUNT));
        Header total = new Header("tot", List.of(APPLICANT, "总计"), "总计", null, ValueKind.COUNT);
        List<Header> cols = new ArrayList<>(applicants);
        cols.add(total);
        Grid grid = new Grid(TableId.T3, null, T3_NOTE, rows, cols);

        // Derived: the （七）总计 row of every applicant column, then the 总计 column of every row.
        List<Derivation> derivations = new ArrayList<>();
        for (Header c : applicants) {
            derivations.add(new Derivation(grid.cellKey(concluded, c),
                    outcomes.stream().map(r -> grid.cellKey(r, c)).toList()));
        }
        for (Header r : rows) {
            derivations.add(new Derivation(grid.cellKey(r, total),
                    applicants.stream().map(c -> grid.cellKey(r, c)).toList()));
        }
        TableSpec spec = new TableSpec(TableId.T3, "表三", SectionKey.APPLICATIONS, List.of(grid), derivations);
        return new ApplicationsTable(spec, received, carriedIn, outcomes, concluded, carriedOver, applicants, total,
                unpaidFees);
    }

    private static Header result(String key, String label, String shortName, String hint) {
        return new Header(key, List.of(RESULTS, label), shortName, hint, null);
    }

    private static Header result3(String key, String group, String label, String hint) {
        String name = group.substring(group.indexOf('）') + 1) + "·" + label.substring(label.indexOf('.') + 1);
        return new Header(key, List.of(RESULTS, group, label), name, hint, null);
    }

    private static Header legalPerson(String key, String label) {
        return new Header(key, List.of(APPLICANT, LEGAL_PERSON, label), label, null, ValueKind.COUNT);
    }

    // ---- table 四 -------------------------------------------------------------------------------------------

    private static ReviewsTable table4() {
        record Kind(String key, List<String> path) {
        }
        List<Kind> kinds = List.of(
                new Kind("rev", List.of("行政复议")),
                new Kind("lit", List.of("行政诉讼", "未经复议直接起诉")),
                new Kind("lit_rev", List.of("行政诉讼", "复议后起诉")));
        String[][] outcomes = {
                {"upheld", "结果维持"}, {"corrected", "结果纠正"}, {"other", "其他结果"}, {"pending", "尚未审结"}};
        List<Header> cols = new ArrayList<>();
        List<ReviewsTable.Group> groups = new ArrayList<>();
        for (Kind k : kinds) {
            String name = k.path().get(k.path().size() - 1);
            List<Header> counted = new ArrayList<>();
            for (String[] o : outcomes) {
                counted.add(reviewColumn(k.key() + "." + o[0], k.path(), name, o[1]));
            }
            Header total = reviewColumn(k.key() + ".total", k.path(), name, "总计");
            cols.addAll(counted);
            cols.add(total);
            groups.add(new ReviewsTable.Group(k.key(), name, counted, total));
        }
        Header onlyRow = new Header(null, List.of(), "", null, null);
        Grid grid = new Grid(TableId.T4, null, null, List.of(onlyRow), cols);
        List<Derivation> derivations = groups.stream().map(g -> new Derivation(grid.cellKey(onlyRow, g.total()),
                g.outcomes().stream().map(c -> grid.cellKey(onlyRow, c)).toList())).toList();
        TableSpec spec = new TableSpec(TableId.T4, "表四", SectionKey.REVIEWS, List.of(grid), derivations);
        return new ReviewsTable(spec, groups);
    }

    private static Header reviewColumn(String key, List<String> kindPath, String kindName, String outcome) {
        List<String> path = new ArrayList<>(kindPath);
        path.add(outcome);
        return new Header(key, path, kindName + "·" + outcome, null, ValueKind.COUNT);
    }

    // ---- small builders -------------------------------------------------------------------------------------

    private static Header row(String key, String label) {
        return new Header(key, List.of(label), label, null, null);
    }

    private static Header col(String key, String label) {
        return new Header(key, List.of(label), label, null, ValueKind.COUNT);
    }

    private static List<Header> rows(Header... rows) {
        return List.of(rows);
    }

    private static List<Header> cols(Header... cols) {
        return List.of(cols);
    }
}
