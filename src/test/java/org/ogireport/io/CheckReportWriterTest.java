package org.ogireport.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.RuleSet;
import org.ogireport.testing.Fixtures;

/** The 校验报告 as Word and as HTML: every finding with its rule, severity, place, message and explanation. */
class CheckReportWriterTest {

    private static final String EXPLANATION = "考核情况另行公开 <见专栏> & 说明";

    private final Report report = hongze2023();
    private final List<Finding> findings = RuleSet.standard().check(report, null);
    private final CheckReport content = CheckReport.of(report, findings, LocalDate.of(2025, 1, 20));

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
    void theContentGroupsEveryFindingBySectionInReportOrder() {
        assertThat(content.groups()).extracting(CheckReport.Group::heading)
                .containsExactly("总体", "一、总体情况", "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(content.groups().stream().mapToInt(g -> g.lines().size()).sum()).isEqualTo(findings.size());
        CheckReport.Line review = content.groups().get(2).lines().get(0);
        assertThat(review.rule()).isEqualTo("T4-01");
        assertThat(review.place()).isEqualTo("表四「行政复议·总计」");
        assertThat(review.explanation()).as("an error is not explained away").isEqualTo("须改正");
        assertThat(content.groups().get(1).lines().get(0).explanation()).isEqualTo(EXPLANATION);
        assertThat(content.summary()).isEqualTo("共 2 个错误、1 个警告（其中 1 个已说明）、1 个提示。");
        assertThat(content.subject()).contains("淮安市洪泽区人民政府2023年政府信息公开工作年度报告");
        assertThat(content.date()).isEqualTo("检查日期：2025年1月20日　报送期限 2024年1月31日（县级人民政府的年报），已过 355 天");
    }

    /** Y-04 is a hint that asks for the reason: the reason is shown like a warning's explanation. */
    @Test
    void theReasonGivenForAHintThatAsksForOneIsShown() {
        Report h2024 = Fixtures.load(Fixtures.HONGZE_2024);
        List<Finding> f = RuleSet.standard().check(h2024, Fixtures.load(Fixtures.HONGZE_2023));
        h2024.setExplanation("Y-04:t2.license.decisions", "审批事项划入本级，许可决定数随之增加。");
        CheckReport withReason = CheckReport.of(h2024, f, LocalDate.of(2025, 1, 20));
        assertThat(withReason.groups().stream().flatMap(g -> g.lines().stream()).filter(l -> l.rule().equals("Y-04")))
                .singleElement().satisfies(l -> {
                    assertThat(l.severity()).isEqualTo("I");
                    assertThat(l.explanation()).isEqualTo("审批事项划入本级，许可决定数随之增加。");
                });
    }

    @Test
    void wordHasOneTablePerSectionAndChineseInTheEastAsianFontSlot() throws IOException {
        byte[] docx = write(CheckReportWriter.forId("docx").orElseThrow(), content);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSize(3);
            XWPFTable review = doc.getTables().get(2);
            assertThat(review.getRow(0).getCell(0).getText()).isEqualTo("规则");
            assertThat(review.getRow(1).getCell(0).getText()).isEqualTo("T4-01");
            assertThat(review.getRow(1).getCell(3).getText()).contains("结果维持 10 + 结果纠正 1");
            assertThat(review.getRow(1).getCell(4).getText()).isEqualTo("须改正");
            assertThat(review.getCTTbl().getTblPr().getTblLayout().getType().toString()).isEqualTo("fixed");
            assertThat(doc.getTables().get(1).getRow(1).getCell(4).getText()).isEqualTo(EXPLANATION);
            String all = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(all).contains("校验报告", "共 2 个错误", "审核人");
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
        assertThat(doc.select("h2").eachText()).containsExactly("总体", "一、总体情况", "四、政府信息公开行政复议、行政诉讼情况");
        assertThat(doc.select("tbody tr")).hasSize(findings.size());
        assertThat(doc.select("td").eachText()).contains(EXPLANATION, "须改正", "T4-01");
        assertThat(text).doesNotContain("<见专栏>");
    }

    @Test
    void aReportWithoutFindingsSaysSo() throws IOException {
        Report clean = report.copy();
        CheckReport none = CheckReport.of(clean, List.of(), LocalDate.of(2025, 1, 20));
        assertThat(none.groups()).isEmpty();
        assertThat(none.summary()).isEqualTo("没有发现问题。");
        Document doc = Jsoup.parse(new String(write(new CheckReportHtml(), none), StandardCharsets.UTF_8));
        assertThat(doc.select("table")).isEmpty();
        assertThat(doc.body().text()).contains("没有发现问题。");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(write(new CheckReportDocx(), none)))) {
            assertThat(docx.getTables()).isEmpty();
        }
    }

    @Test
    void writersAreFoundByIdOnly() {
        assertThat(CheckReportWriter.forId("DOCX")).isPresent();
        assertThat(CheckReportWriter.forId("pdf")).isEmpty();
        assertThat(CheckReportWriter.all()).extracting(CheckReportWriter::extension).containsExactly("docx", "html");
    }
}
