package org.ogireport.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Walks the catalog and checks it against spec §2–§5 and §7, label by label. */
class FormatCatalogTest {

    private final FormatCatalog c2021 = FormatCatalog.of(FormatVersion.V2021);
    private final FormatCatalog c2019 = FormatCatalog.of(FormatVersion.V2019);

    @Test
    void sectionHeadingsAreExact() {
        assertThat(c2021.sections()).extracting(Section::heading).containsExactly(
                "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(c2019.section("s5").heading()).isEqualTo("五、政府信息公开工作存在的主要问题及改进情况");
        assertThat(c2021.sections()).extracting(Section::tableId).containsExactly(null, "t2", "t3", "t4", null, null);
    }

    @Test
    void textKeysAndTopicHeadings() {
        assertThat(c2021.texts()).extracting(TextField::key).containsExactly(
                "s0.preamble", "s1.intro", "s1.active", "s1.on_request", "s1.management", "s1.platform",
                "s1.oversight", "s5.problems", "s5.measures", "s6.text");
        assertThat(c2021.section("s1").texts()).extracting(TextField::heading).containsExactly(
                null, "（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况",
                "（四）政府信息公开平台建设情况", "（五）监督保障情况");
        assertThat(c2021.numbers()).extracting(NumberField::key).containsExactly("s6.fee_yuan");
        assertThat(c2021.number("s6.fee_yuan").orElseThrow().kind()).isEqualTo(ValueKind.AMOUNT);
    }

    @Test
    void table2Has10CellsInFourBlocks() {
        TableSpec t2 = c2021.table("t2");
        assertThat(c2021.cellsOf("t2")).hasSize(10);
        assertThat(t2.grids()).extracting(Grid::title).containsExactly(
                "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(t2.grids()).extracting(Grid::corner).containsOnly("信息内容");
        assertThat(t2.grids().get(0).columns()).extracting(Header::label)
                .containsExactly("本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(t2.grids().get(0).rows()).extracting(Header::label).containsExactly("规章", "行政规范性文件");
        assertThat(t2.grids().get(1).columns()).extracting(Header::label).containsExactly("本年处理决定数量");
        assertThat(t2.grids().get(2).rows()).extracting(Header::label).containsExactly("行政处罚", "行政强制");
        assertThat(t2.grids().get(3).columns()).extracting(Header::label).containsExactly("本年收费金额（单位：万元）");
        assertThat(c2021.cellsOf("t2")).extracting(CellSpec::key).containsExactly(
                "t2.reg.issued", "t2.reg.repealed", "t2.reg.in_force",
                "t2.norm.issued", "t2.norm.repealed", "t2.norm.in_force",
                "t2.license.decisions", "t2.penalty.decisions", "t2.coercion.decisions", "t2.fees.amount_wan");
        assertThat(c2021.cell("t2.fees.amount_wan").orElseThrow().kind()).isEqualTo(ValueKind.AMOUNT);
        assertThat(c2021.cellsOf("t2")).filteredOn(c -> !c.key().equals("t2.fees.amount_wan"))
                .extracting(CellSpec::kind).containsOnly(ValueKind.COUNT);
        assertThat(c2021.cellsOf("t2")).noneMatch(CellSpec::isDerived);
    }

    /**
     * Spec §4 says "28 rows × 7 columns = 196 cells", but the rows it lists, and the official template
     * (samples/official-format-template-2021.docx), have 25 data rows under a 3-row header: 28 printed rows,
     * 25 × 7 = 175 cells. The catalog follows the official table; this test pins both figures.
     */
    @Test
    void table3Has25DataRowsUnderA3RowHeaderAnd175Cells() {
        Grid g = c2021.table("t3").grid();
        assertThat(g.rows()).hasSize(25);
        int headerRows = g.columns().stream().mapToInt(c -> c.path().size()).max().orElseThrow();
        assertThat(headerRows + g.rows().size()).isEqualTo(28);
        assertThat(c2021.cellsOf("t3")).hasSize(175);
        assertThat(g.columns()).hasSize(7);
        assertThat(g.corner()).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
        assertThat(g.columns()).extracting(Header::key).containsExactly("np", "biz", "res", "ngo", "law", "oth", "tot");
        assertThat(g.columns()).extracting(Header::path).containsExactly(
                List.of("申请人情况", "自然人"),
                List.of("申请人情况", "法人或其他组织", "商业企业"),
                List.of("申请人情况", "法人或其他组织", "科研机构"),
                List.of("申请人情况", "法人或其他组织", "社会公益组织"),
                List.of("申请人情况", "法人或其他组织", "法律服务机构"),
                List.of("申请人情况", "法人或其他组织", "其他"),
                List.of("申请人情况", "总计"));
        assertThat(g.rows()).extracting(Header::key).containsExactly(
                "r1", "r2", "r3_1", "r3_2",
                "r3_3_1", "r3_3_2", "r3_3_3", "r3_3_4", "r3_3_5", "r3_3_6", "r3_3_7", "r3_3_8",
                "r3_4_1", "r3_4_2", "r3_4_3",
                "r3_5_1", "r3_5_2", "r3_5_3", "r3_5_4", "r3_5_5",
                "r3_6_1", "r3_6_2", "r3_6_3", "r3_7", "r4");
    }

    @Test
    void table3RowLabelsAreExact() {
        Grid g = c2021.table("t3").grid();
        String results = "三、本年度办理结果";
        assertThat(g.row("r1").path()).containsExactly("一、本年新收政府信息公开申请数量");
        assertThat(g.row("r2").path()).containsExactly("二、上年结转政府信息公开申请数量");
        assertThat(g.row("r3_1").path()).containsExactly(results, "（一）予以公开");
        assertThat(g.row("r3_2").path()).containsExactly(results, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        List<String> withheld = List.of("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”",
                "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
                "8.属于行政查询事项");
        for (int i = 0; i < withheld.size(); i++) {
            assertThat(g.row("r3_3_" + (i + 1)).path()).containsExactly(results, "（三）不予公开", withheld.get(i));
        }
        List<String> unavailable = List.of("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确");
        for (int i = 0; i < unavailable.size(); i++) {
            assertThat(g.row("r3_4_" + (i + 1)).path()).containsExactly(results, "（四）无法提供", unavailable.get(i));
        }
        List<String> notHandled = List.of("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
                "5.要求行政机关确认或重新出具已获取信息");
        for (int i = 0; i < notHandled.size(); i++) {
            assertThat(g.row("r3_5_" + (i + 1)).path()).containsExactly(results, "（五）不予处理", notHandled.get(i));
        }
        List<String> other = List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他");
        for (int i = 0; i < other.size(); i++) {
            assertThat(g.row("r3_6_" + (i + 1)).path()).containsExactly(results, "（六）其他处理", other.get(i));
        }
        assertThat(g.row("r3_7").path()).containsExactly(results, "（七）总计");
        assertThat(g.row("r4").path()).containsExactly("四、结转下年度继续办理");
        assertThat(g.row("r3_3_3").hint()).contains("国家安全、公共安全、经济安全、社会稳定");
        assertThat(g.row("r3_3_5").hint()).contains("人事管理、后勤管理、内部工作流程");
        assertThat(g.row("r3_3_6").hint()).contains("讨论记录、过程稿、磋商信函、请示报告");
    }

    @Test
    void table3DerivedCellsAreTheTotalColumnAndTheTotalRow() {
        Set<String> derived = new HashSet<>();
        c2021.cellsOf("t3").stream().filter(CellSpec::isDerived).forEach(c -> derived.add(c.key()));
        Set<String> expected = new HashSet<>();
        Grid g = c2021.table("t3").grid();
        for (Header r : g.rows()) {
            expected.add("t3." + r.key() + ".tot");
        }
        for (Header c : g.columns()) {
            expected.add("t3.r3_7." + c.key());
        }
        assertThat(derived).isEqualTo(expected).hasSize(25 + 6);
        CellSpec resultTotal = c2021.cell("t3.r3_7.np").orElseThrow();
        assertThat(resultTotal.derivation().terms()).hasSize(21)
                .startsWith("t3.r3_1.np", "t3.r3_2.np", "t3.r3_3_1.np").endsWith("t3.r3_6_3.np")
                .doesNotContain("t3.r1.np", "t3.r2.np", "t3.r4.np", "t3.r3_7.np");
        assertThat(c2021.cell("t3.r1.tot").orElseThrow().derivation().terms()).containsExactly(
                "t3.r1.np", "t3.r1.biz", "t3.r1.res", "t3.r1.ngo", "t3.r1.law", "t3.r1.oth");
    }

    @Test
    void table4Has15CellsUnderAThreeLevelHeader() {
        List<CellSpec> cells = c2021.cellsOf("t4");
        assertThat(cells).hasSize(15);
        List<String> keys = new ArrayList<>();
        for (String g : List.of("rev", "lit", "lit_rev")) {
            for (String c : List.of("upheld", "corrected", "other", "pending", "total")) {
                keys.add("t4." + g + "." + c);
            }
        }
        assertThat(cells).extracting(CellSpec::key).containsExactlyElementsOf(keys);
        assertThat(cells.get(0).column().path()).containsExactly("行政复议", "结果维持");
        assertThat(cells.get(5).column().path()).containsExactly("行政诉讼", "未经复议直接起诉", "结果维持");
        assertThat(cells.get(14).column().path()).containsExactly("行政诉讼", "复议后起诉", "总计");
        assertThat(cells).extracting(c -> c.column().label()).containsSequence("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(cells).filteredOn(CellSpec::isDerived).extracting(CellSpec::key)
                .containsExactly("t4.rev.total", "t4.lit.total", "t4.lit_rev.total");
        assertThat(c2021.cell("t4.lit_rev.total").orElseThrow().derivation().terms()).containsExactly(
                "t4.lit_rev.upheld", "t4.lit_rev.corrected", "t4.lit_rev.other", "t4.lit_rev.pending");
    }

    @Test
    void trialFormatTable2AndOtherProcessing() {
        List<String> keys = c2019.cellsOf("t2").stream().map(CellSpec::key).toList();
        assertThat(keys).containsExactly(
                "t2.reg.made", "t2.reg.published", "t2.reg.total_public",
                "t2.norm.made", "t2.norm.published", "t2.norm.total_public",
                "t2.license.prev_items", "t2.license.delta", "t2.license.decisions",
                "t2.other_service.prev_items", "t2.other_service.delta", "t2.other_service.decisions",
                "t2.penalty.prev_items", "t2.penalty.delta", "t2.penalty.decisions",
                "t2.coercion.prev_items", "t2.coercion.delta", "t2.coercion.decisions",
                "t2.fees.prev_items", "t2.fees.delta",
                "t2.procurement.items", "t2.procurement.amount");
        assertThat(c2019.table("t2").grids()).extracting(Grid::title).containsExactly("第二十条第（一）项",
                "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
        assertThat(c2019.cell("t2.license.delta").orElseThrow().kind()).isEqualTo(ValueKind.SIGNED_COUNT);
        assertThat(c2019.cell("t2.procurement.amount").orElseThrow().kind()).isEqualTo(ValueKind.AMOUNT);
        assertThat(c2019.cell("t2.norm.made").orElseThrow().row().label()).isEqualTo("规范性文件");
        assertThat(c2019.cell("t2.other_service.decisions").orElseThrow().row().label()).isEqualTo("其他对外管理服务事项");
        assertThat(c2019.cellsOf("t3")).hasSize(23 * 7);
        assertThat(c2019.cell("t3.r3_6.np").orElseThrow().row().path()).containsExactly("三、本年度办理结果", "（六）其他处理");
        assertThat(c2019.cell("t3.r3_6_1.np")).isEmpty();
        assertThat(c2019.cell("t3.r3_7.np").orElseThrow().derivation().terms()).contains("t3.r3_6.np").hasSize(19);
        assertThat(c2019.cellsOf("t4")).hasSize(15);
    }

    @Test
    void typedKeysNameTheCatalogsSectionsTablesAndFields() {
        for (FormatCatalog c : List.of(c2021, c2019)) {
            assertThat(c.sections()).extracting(Section::id).containsExactly(SectionKey.OVERVIEW, SectionKey.PUBLISHED,
                    SectionKey.APPLICATIONS, SectionKey.REVIEWS, SectionKey.PROBLEMS, SectionKey.OTHER_MATTERS);
            for (Section s : c.sections()) {
                assertThat(c.section(s.id())).isSameAs(s);
                assertThat(s.texts()).allMatch(t -> t.section() == s.id());
                assertThat(s.numbers()).allMatch(n -> n.section() == s.id());
            }
            assertThat(c.texts()).extracting(TextField::id).containsExactly(TextKey.values());
            assertThat(c.text(TextKey.OVERSIGHT).key()).isEqualTo("s1.oversight");
            assertThat(c.number(NumberKey.FEE_YUAN).sectionKey()).isEqualTo("s6");
            for (TableId t : TableId.values()) {
                assertThat(c.table(t).id()).isEqualTo(t.key());
                assertThat(c.section(c.table(t).section()).table()).isEqualTo(t);
                assertThat(c.cellsOf(t)).isEqualTo(c.cellsOf(t.key()));
            }
        }
        assertThat(c2021.text(TextKey.PREAMBLE).sectionKey()).isEqualTo(SectionKey.PREAMBLE.key()).isEqualTo("s0");
    }

    @Test
    void theRolesOfTable3AreTheRowsAndColumnsOfSpec4() {
        for (FormatCatalog c : List.of(c2021, c2019)) {
            ApplicationsTable t3 = c.applications();
            assertThat(t3.spec()).isSameAs(c.table(TableId.T3));
            assertThat(List.of(t3.received(), t3.carriedIn(), t3.concluded(), t3.carriedOver()))
                    .extracting(Header::key).containsExactly("r1", "r2", "r3_7", "r4");
            assertThat(t3.outcomes()).extracting(Header::key).allMatch(k -> k.startsWith("r3_") && !k.equals("r3_7"))
                    .hasSize(t3.grid().rows().size() - 4);
            assertThat(t3.total().key()).isEqualTo("tot");
            assertThat(t3.applicants()).extracting(Header::key)
                    .containsExactly("np", "biz", "res", "ngo", "law", "oth");
            assertThat(t3.grid().rows()).contains(t3.received(), t3.carriedIn(), t3.concluded(), t3.carriedOver());
            assertThat(t3.grid().columns()).contains(t3.total());
        }
        assertThat(c2021.applications().unpaidFees()).map(Header::key).contains("r3_6_2");
        assertThat(c2019.applications().unpaidFees()).isEmpty();
    }

    @Test
    void theRolesOfTables2And4() {
        PublishedTable t2 = c2021.published();
        assertThat(t2.documents()).isSameAs(t2.spec().grids().get(0));
        assertThat(t2.regulations().key()).isEqualTo("reg");
        PublishedTable.DocumentCounts counts = t2.documentCounts().orElseThrow();
        assertThat(List.of(counts.issued(), counts.repealed(), counts.inForce())).extracting(Header::key)
                .containsExactly("issued", "repealed", "in_force");
        assertThat(t2.feesInWan()).map(Header::key).contains("amount_wan");
        PublishedTable trial = c2019.published();
        assertThat(trial.regulations().label()).isEqualTo("规章");
        assertThat(trial.documentCounts()).as("the trial table counts other things").isEmpty();
        assertThat(trial.feesInWan()).isEmpty();

        ReviewsTable t4 = c2021.reviews();
        assertThat(t4.groups()).extracting(ReviewsTable.Group::key).containsExactly("rev", "lit", "lit_rev");
        assertThat(t4.groups()).extracting(ReviewsTable.Group::name).containsExactly("行政复议", "未经复议直接起诉", "复议后起诉");
        ReviewsTable.Group lit = t4.groups().get(1);
        assertThat(t4.cellKey(lit.total())).isEqualTo("t4.lit.total");
        assertThat(c2021.cell(t4.cellKey(lit.total())).orElseThrow().derivation().terms())
                .isEqualTo(lit.outcomes().stream().map(t4::cellKey).toList());
    }

    @Test
    void titleAndFormatOfYear() {
        assertThat(c2021.title("淮安市人民政府", 2024)).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
        assertThat(FormatVersion.forYear(2020)).isEqualTo(FormatVersion.V2019);
        assertThat(FormatVersion.forYear(2021)).isEqualTo(FormatVersion.V2021);
        assertThat(FormatVersion.fromId("2019")).contains(FormatVersion.V2019);
        assertThat(FormatVersion.fromId("2022")).isEmpty();
    }

    @Test
    void everyLabelUsesFullWidthPunctuation() {
        for (FormatCatalog c : List.of(c2021, c2019)) {
            for (CellSpec cell : c.cells()) {
                for (String label : concat(cell.row().path(), cell.column().path())) {
                    assertThat(label).as(cell.key()).doesNotContain("(", ")", ":", "\"", " ");
                }
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
