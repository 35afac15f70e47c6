package org.ogireport.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Rule;
import org.ogireport.rules.RuleSet;
import org.ogireport.rules.Severity;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.Huaian2024;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The 校验报告 as Word and as HTML, as the reviewer at the 主管部门 reads it: which version was checked, how many
 * rules passed, failed or were not checked, the findings errors first, and every rule with its name and basis.
 */
class CheckReportWriterTest {

    private static final String EXPLANATION = "考核情况另行公开 <见专栏> & 说明";
    private static final String VERSION = "第 12 号修订，2025年1月18日 16:42 保存";
    private static final List<String> RULES = RuleSet.standard().rules().stream().map(Rule::id).toList();

    private final Report report = hongze2023();
    private final List<Finding> findings = RuleSet.standard().check(report, null);
    private final CheckReport content = CheckReport.of(report, findings, RULES, VERSION, LocalDate.of(2025, 1, 20));

    private static Report hongze2023() {
        Report r = Fixtures.load(Fixtures.HONGZE_2023);
        r.setExplanation("X-07:art50", EXPLANATION);
        r.setExplanation("T4-01:rev", "总计按印刷稿填写");
        return r;
    }

    private static byte[] write(CheckReportWriter writer, CheckReport content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(content, out);
        return out.toByteArray();
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalArgumentException("no " + name);
    }

    @Test
    void errorsComeFirstThenWarningsThenHints() {
        assertThat(content.groups()).extracting(CheckReport.Group::severity)
                .containsExactly(Severity.E, Severity.W, Severity.I);
        assertThat(content.groups()).extracting(CheckReport.Group::heading)
                .containsExactly("错误（须改正）：2 个", "警告（改正或写明原因）：1 个", "提示：1 个");
        assertThat(content.groups().stream().mapToInt(g -> g.lines().size()).sum()).isEqualTo(findings.size());
        CheckReport.Line review = content.groups().get(0).lines().get(0);
        assertThat(review.ruleIds()).containsExactly("T4-01");
        assertThat(review.ruleName()).isEqualTo("复议、诉讼总计＝各结果之和");
        assertThat(review.place()).isEqualTo("表四「行政复议·总计」");
        assertThat(review.explanation()).as("an error is not explained away").isEqualTo("须改正");
        assertThat(content.groups().get(1).lines().get(0).explanation()).isEqualTo(EXPLANATION);
        assertThat(content.groups().get(2).lines().get(0).ruleIds()).as("one id a line")
                .containsExactly("Y-01", "Y-02", "Y-03", "Y-04");
    }

    /** "Passed" and "not checked" cannot look alike: the summary counts the rules, each rule says how it fared. */
    @Test
    void theSummaryCountsTheRulesCheckedPassedFailedAndNotChecked() {
        int n = RULES.size();
        assertThat(content.summary()).isEqualTo("本套规则 " + n + " 条，检查了 " + (n - 4) + " 条：" + (n - 6)
                + " 条通过，2 条未通过；4 条未检查（没有 2022 年的年报：Y-01、Y-02、Y-03、Y-04）。"
                + "共 2 个错误、1 个警告（其中 1 个已说明）、1 个提示。");
        assertThat(content.rules()).extracting(CheckReport.RuleLine::id).containsExactlyElementsOf(RULES);
        assertThat(content.rules()).allSatisfy(r -> {
            assertThat(r.name()).as(r.id()).isNotBlank();
            assertThat(r.basis()).as(r.id()).isNotBlank();
        });
        CheckReport.RuleLine t401 = rule("T4-01");
        assertThat(t401.outcome()).isEqualTo(CheckReport.Outcome.FAILED);
        assertThat(t401.result()).isEqualTo("2 个错误");
        assertThat(rule("X-07").result()).isEqualTo("1 个警告（已说明 1 个）");
        assertThat(rule("T3-01").outcome()).isEqualTo(CheckReport.Outcome.PASSED);
        assertThat(rule("T3-01").basis()).contains("第一项加第二项之和");
        assertThat(rule("Y-01").outcome()).isEqualTo(CheckReport.Outcome.NOT_CHECKED);
        assertThat(rule("Y-01").result()).isEqualTo("未检查：没有 2022 年的年报");
        assertThat(content.subject()).contains("淮安市洪泽区人民政府2023年政府信息公开工作年度报告");
        assertThat(content.version()).isEqualTo("所查版本：" + VERSION);
        assertThat(content.date())
                .isEqualTo("检查日期：2025年1月20日　报送期限 2024年1月31日（县级人民政府的年报），已过 355 天");

        Report previous = report.copy();
        CheckReport withLastYear = CheckReport.of(report, RuleSet.standard().check(report, previous), RULES,
                VERSION, LocalDate.of(2025, 1, 20));
        assertThat(withLastYear.summary()).startsWith("本套规则 " + RULES.size() + " 条，全部检查：");
    }

    /** Y-04 is a hint that asks for the reason: the reason is shown like a warning's explanation. */
    @Test
    void theReasonGivenForAHintThatAsksForOneIsShown() {
        Report h2024 = Fixtures.load(Fixtures.HONGZE_2024);
        List<Finding> f = RuleSet.standard().check(h2024, Fixtures.load(Fixtures.HONGZE_2023));
        h2024.setExplanation("Y-04:t2.license.decisions", "审批事项划入本级，许可决定数随之增加。");
        CheckReport withReason = CheckReport.of(h2024, f, RULES, VERSION, LocalDate.of(2025, 1, 20));
        assertThat(withReason.groups().stream().flatMap(g -> g.lines().stream())
                .filter(l -> l.ruleIds().equals(List.of("Y-04"))))
                .singleElement().satisfies(l -> {
                    assertThat(l.severity()).isEqualTo(org.ogireport.rules.Severity.I);
                    assertThat(l.explanation()).isEqualTo("审批事项划入本级，许可决定数随之增加。");
                });
    }

    /** T3-02 names 19 terms: the message keeps the two sides and the difference, the terms go below. */
    @Test
    void aLongSumIsShownAsItsTwoSidesWithTheTermsBelow() {
        Report broken = Huaian2024.report();
        broken.setMode(ValueMode.AS_PUBLISHED);
        broken.setCount("t3.r3_7.np", 2935L);
        CheckReport checked = CheckReport.of(broken, RuleSet.standard().check(broken, null), RULES, VERSION,
                LocalDate.of(2025, 1, 20));
        List<CheckReport.Line> lines = checked.groups().get(0).lines();
        CheckReport.Line sum = lines.stream().filter(l -> l.ruleIds().equals(List.of("T3-02"))).findFirst()
                .orElseThrow();
        assertThat(sum.message()).isEqualTo("表三「自然人」列：下列 19 项，合计 2932，但「办理结果总计」为 2935，相差 3");
        assertThat(sum.terms()).startsWith("予以公开 1288 + 部分公开 447 + ").endsWith("其他处理·其他 108")
                .doesNotContain("，");
        assertThat(sum.terms().split(" \\+ ")).hasSize(19);
        CheckReport.Line row = lines.stream().filter(l -> l.ruleIds().equals(List.of("T3-03"))).findFirst()
                .orElseThrow();
        assertThat(row.terms()).as("a short sum stays inline").isNull();
        assertThat(row.message()).contains("自然人 2935 + 商业企业 53");
    }

    @Test
    void wordListsErrorsFirstKeepsRuleIdsWholeAndNumbersItsPages() throws IOException {
        byte[] docx = write(CheckReportWriter.forId("docx").orElseThrow(), content);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).as("errors, warnings, hints and the rules").hasSize(4);
            XWPFTable errors = doc.getTables().get(0);
            assertThat(errors.getRow(0).getCell(0).getText()).isEqualTo("规则");
            // POI shows the non-breaking hyphen as U+2011
            assertThat(errors.getRow(1).getCell(0).getText()).isEqualTo("T4\u201101复议、诉讼总计＝各结果之和");
            List<CTR> runs = errors.getRow(1).getCell(0).getParagraphs().get(0).getCTP().getRList();
            assertThat(runs).anySatisfy(r -> assertThat(r.sizeOfNoBreakHyphenArray()).isEqualTo(1));
            assertThat(errors.getRow(1).getCell(2).getText()).contains("结果维持 10 + 结果纠正 1");
            assertThat(errors.getRow(1).getCell(3).getText()).isEqualTo("须改正");
            assertThat(errors.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            assertThat(doc.getTables().get(1).getRow(1).getCell(3).getText()).isEqualTo(EXPLANATION);
            XWPFTable rules = doc.getTables().get(3);
            assertThat(rules.getNumberOfRows()).isEqualTo(RULES.size() + 1);
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("所查版本：" + VERSION, content.summary(), "检查的规则");
            assertThat(String.join("\n", paragraphs)).contains("审核人");
            List<String> fields = new ArrayList<>();
            doc.getFooterArray(0).getParagraphs().get(0).getCTP().getRList()
                    .forEach(r -> r.getInstrTextList().forEach(t -> fields.add(t.getStringValue().strip())));
            assertThat(fields).containsExactly("PAGE", "NUMPAGES");
            assertThat(doc.getFooterArray(0).getText()).startsWith("第 ").contains(" 页，共 ");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("政务公开年报助手");
        }
        String styles = zipEntry(docx, "word/styles.xml");
        assertThat(styles).containsPattern("<w:docDefaults>.*<w:rFonts [^>]*w:eastAsia=\"宋体\"");
    }

    @Test
    void htmlIsOneSelfContainedUtf8PageWithTheTextEscaped() throws IOException {
        byte[] html = write(CheckReportWriter.forId("htm").orElseThrow(), content);
        String text = new String(html, StandardCharsets.UTF_8);
        Document doc = Jsoup.parse(text);
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
        assertThat(doc.select("link, script, img, iframe, [src]")).isEmpty();
        assertThat(doc.select("h2").eachText())
                .containsExactly("错误（须改正）：2 个", "警告（改正或写明原因）：1 个", "提示：1 个", "检查的规则");
        assertThat(doc.select("table").get(0).select("tbody tr")).hasSize(2);
        assertThat(doc.select("tbody tr")).hasSize(findings.size() + RULES.size());
        assertThat(doc.select("td").eachText()).contains(EXPLANATION, "须改正", "未检查：没有 2022 年的年报");
        assertThat(doc.select("span.id").eachText()).contains("T4-01", "Y-01", "Y-02", "Y-03");
        assertThat(doc.select("style").html()).contains(".id { white-space: nowrap;");
        assertThat(doc.select("p.version").text()).isEqualTo("所查版本：" + VERSION);
        assertThat(doc.select("th").eachAttr("scope")).containsOnly("col");
        assertThat(text).doesNotContain("<见专栏>");
    }

    @Test
    void aReportWithoutFindingsSaysSoAndStillListsTheRules() throws IOException {
        CheckReport none = CheckReport.of(report.copy(), List.of(), RULES, VERSION, LocalDate.of(2025, 1, 20));
        assertThat(none.groups()).isEmpty();
        assertThat(none.summary()).isEqualTo("本套规则 " + RULES.size() + " 条，全部检查：" + RULES.size()
                + " 条通过，0 条未通过。没有发现问题。");
        Document doc = Jsoup.parse(new String(write(new CheckReportHtml(), none), StandardCharsets.UTF_8));
        assertThat(doc.select("table")).hasSize(1);
        assertThat(doc.body().text()).contains("没有发现问题。");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(new CheckReportDocx(), none)))) {
            assertThat(docx.getTables()).hasSize(1);
        }
    }

    @Test
    void writersAreFoundByIdOnly() {
        assertThat(CheckReportWriter.forId("DOCX")).isPresent();
        assertThat(CheckReportWriter.forId("pdf")).isEmpty();
        assertThat(CheckReportWriter.all()).extracting(CheckReportWriter::extension).containsExactly("docx", "html");
    }

    private CheckReport.RuleLine rule(String id) {
        return content.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
