package org.ogireport.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.export.OfficialTemplate;
import org.ogireport.io.export.PrintedGrid;
import org.ogireport.io.export.TableLayoutTest;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestReports;

/** Writes reports as HTML and reads them back with jsoup. */
class HtmlWriterTest {

    private final Report huaian = Huaian2024.report();

    private static Document write(Report report, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(report, options, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    private static Document write(Report report) throws IOException {
        return write(report, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)));
    }

    @Test
    void aSelfContainedUtf8PageWithItsStylesOnTheElements() throws IOException {
        Document doc = write(huaian);
        assertThat(doc.select("meta[charset]").attr("charset")).isEqualTo("UTF-8");
        assertThat(doc.select("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(doc.title()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
        assertThat(doc.select("link, script, img, iframe, style, [src], [href]")).as("nothing fetched").isEmpty();
        assertThat(doc.select("h1, h2, h3, p, table, td, th")).allSatisfy(e -> assertThat(e.attr("style"))
                .as(e.tagName()).isNotEmpty());
    }

    @Test
    void theTextComesInTheCatalogsOrder() throws IOException {
        Document doc = write(huaian);
        List<String> expected = new ArrayList<>();
        expected.add("淮安市人民政府 2024年政府信息公开工作年度报告");
        expected.add(huaian.text("s0.preamble"));
        for (Section s : huaian.catalog().sections()) {
            expected.add(s.heading());
            for (TextField t : s.texts()) {
                if (t.heading() != null) {
                    expected.add(t.heading());
                }
                expected.addAll(List.of(huaian.text(t.key()).split("\n")));
            }
        }
        expected.add("淮安市人民政府");
        expected.add("2025年1月20日");
        assertThat(doc.select("h1, h2, h3, p").eachText()).containsExactlyElementsOf(expected);
        assertThat(doc.select("h2").eachText())
                .containsExactlyElementsOf(huaian.catalog().sections().stream().map(Section::heading).toList());
    }

    @Test
    void theTablesShowEveryLabelAndNumberWithRowspanAndColspan() throws IOException {
        for (Report report : List.of(huaian, TestReports.full(2023, 11), TestReports.empty(2024),
                TableLayoutTest.trialReport())) {
            Document doc = write(report);
            List<TableSpec> tables = report.catalog().tables();
            assertThat(doc.select("table")).hasSize(tables.size());
            for (int i = 0; i < tables.size(); i++) {
                Element table = doc.select("table").get(i);
                PrintedGrid.of(table).assertShows(tables.get(i), report);
                for (CellSpec cell : report.catalog().cellsOf(tables.get(i).id())) {
                    assertThat(table.select("td[data-key=" + cell.key() + "]")).as(cell.key()).hasSize(1);
                }
            }
        }
    }

    @Test
    void theTablesAreMergedExactlyLikeTheOfficialTemplate() throws IOException {
        List<PrintedGrid> template = OfficialTemplate.tables();
        Document doc = write(huaian);
        for (int i = 0; i < template.size(); i++) {
            OfficialTemplate.assertSameLayout(PrintedGrid.of(doc.select("table").get(i)), template.get(i),
                    "table " + i);
        }
    }

    /** The portal's 无障碍 checks: a caption and a thead on every table, every heading a th with its scope. */
    @Test
    void everyTableHasACaptionAHeadAndHeaderCellsWithTheirScope() throws IOException {
        Document doc = write(huaian);
        List<TableSpec> tables = huaian.catalog().tables();
        for (int i = 0; i < tables.size(); i++) {
            Element table = doc.select("table").get(i);
            String what = tables.get(i).id();
            assertThat(table.select("> caption").text()).as(what)
                    .isEqualTo(huaian.catalog().section(tables.get(i).sectionKey()).heading());
            assertThat(table.select("> thead > tr")).as(what + " thead").isNotEmpty();
            assertThat(table.select("td")).as(what + ": only numbers in td").allSatisfy(td ->
                    assertThat(td.hasAttr("data-key")).as(td.text()).isTrue());
            assertThat(table.select("th")).as(what).allSatisfy(th ->
                    assertThat(th.attr("scope")).as(th.text()).isIn("col", "colgroup", "row"));
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isNotEqualTo("row"));
        }
        Element t3 = doc.select("table[data-table=t3]").first();
        for (var row : huaian.catalog().applications().grid().rows()) {
            assertThat(t3.select("tbody th[scope=row]").eachText()).as("row label").contains(row.label());
        }
        assertThat(t3.select("thead").attr("style")).as("table 三's header repeats when printed").isEmpty();
        assertThat(doc.select("table[data-table=t2] > thead").attr("style"))
                .as("table 二's first block is not repeated on every printed page")
                .contains("display:table-row-group");
        assertThat(doc.select("table[data-table=t2] > tbody")).as("one row group per block").hasSize(4);
    }

    /**
     * Pasted into a CMS that drops colgroup (and the page's wrapper), the table keeps its columns: every cell says
     * its share of the width, the same as its columns in colgroup; the body font is on the text's own elements.
     */
    @Test
    void widthsAndFontsAreOnTheElementsThemselves() throws IOException {
        Document doc = write(huaian);
        for (Element table : doc.select("table")) {
            List<Double> columns = table.select("col").stream().map(c -> percent(c.attr("style"))).toList();
            assertThat(columns.stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100, within(0.1));
            assertThat(columns).hasSize(PrintedGrid.of(table).columns());
            startColumns(table).forEach((cell, c) -> {
                int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                double expected = columns.subList(c, c + span).stream().mapToDouble(Double::doubleValue).sum();
                assertThat(percent(cell.attr("style"))).as(cell.text()).isCloseTo(expected, within(0.1));
            });
        }
        Element t3 = doc.select("table[data-table=t3]").first();
        double innermost = percent(t3.select("th:containsOwn(1.属于国家秘密)").attr("style"));
        double value = percent(t3.select("td[data-key=t3.r1.np]").attr("style"));
        assertThat(innermost).as("row labels wider than a number column").isGreaterThan(2 * value);
        assertThat(doc.select("p")).allSatisfy(p -> assertThat(p.attr("style")).contains("font-family"));
    }

    /** Numbers never break; column headings break only between their words; wide tables scroll in their box. */
    @Test
    void numbersNeverBreakHeadingsWrapBetweenWordsAndWideTablesScrollInTheirBox() throws IOException {
        Document doc = write(huaian);
        assertThat(doc.outerHtml()).doesNotContain("break-all");
        assertThat(doc.select("td[data-key]")).allSatisfy(td ->
                assertThat(td.attr("style")).contains("white-space:nowrap"));
        Element t3 = doc.select("table[data-table=t3]").first();
        Element business = t3.select("th:containsOwn(企业)").first();
        assertThat(business.html()).isEqualTo("商业<wbr>企业");
        assertThat(business.attr("style")).contains("word-break:keep-all");
        assertThat(t3.select("th:containsOwn(组织)").eachAttr("scope")).isNotEmpty();
        assertThat(t3.select("th").stream().filter(th -> th.text().equals("社会公益组织")).findFirst().orElseThrow()
                .html()).isEqualTo("社会<wbr>公益<wbr>组织");
        for (Element table : doc.select("table")) {
            assertThat(table.parent().attr("style")).contains("overflow-x:auto");
        }
        assertThat(minWidthEm(t3)).as("table 三 keeps a readable width on a phone").isBetween(30, 45);
        assertThat(minWidthEm(doc.select("table[data-table=t4]").first())).isBetween(30, 45);
    }

    @Test
    void theRunInStyleRunsTheTopicHeadingsIntoTheirParagraphsAndTheDateOfIssueIsPrinted() throws IOException {
        Report styled = huaian.copy();
        styled.setHeadingStyle(HeadingStyle.RUN_IN);
        styled.setDated(LocalDate.of(2025, 1, 10));
        Document doc = write(styled);
        assertThat(doc.select("h3")).isEmpty();
        Element first = doc.select("p:has(strong)").first();
        assertThat(first.select("strong").text()).isEqualTo("（一）主动公开情况。");
        assertThat(first.text()).isEqualTo("（一）主动公开情况。" + styled.text("s1.active").split("\n")[0]);
        assertThat(first.select("strong").attr("style")).contains("bold", "楷体");
        assertThat(doc.select("h1").attr("style")).contains("font-weight:bold");
        assertThat(doc.select("p").last().text()).isEqualTo("2025年1月10日");
        assertThat(write(huaian).select("h1").attr("style")).contains("font-weight:normal");
    }

    private static double percent(String style) {
        Matcher m = Pattern.compile("width:([0-9.]+)%").matcher(style);
        assertThat(m.find()).as("a width in " + style).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static int minWidthEm(Element table) {
        Matcher m = Pattern.compile("min-width:(\\d+)em").matcher(table.attr("style"));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The column each cell of a table starts in, placed the way browsers place rowspan and colspan. */
    private static Map<Element, Integer> startColumns(Element table) {
        Map<Element, Integer> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        List<Element> rows = table.select("tr");
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Element cell : rows.get(r).select("> th, > td")) {
                while (taken.contains(r + ":" + c)) {
                    c++;
                }
                out.put(cell, c);
                int rowspan = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
                int span = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
                for (int i = r; i < r + rowspan; i++) {
                    for (int j = c; j < c + span; j++) {
                        taken.add(i + ":" + j);
                    }
                }
                c += span;
            }
        }
        return out;
    }

    @Test
    void aDraftSaysSoAtTheTop() throws IOException {
        Document doc = write(huaian, ExportOptions.draft("尚有 1 个错误未改正（T3-03），不得报送",
                LocalDate.of(2025, 1, 20)));
        assertThat(doc.select("h1 + p").text()).isEqualTo("草稿：尚有 1 个错误未改正（T3-03），不得报送");
        assertThat(write(huaian).text()).doesNotContain("草稿");
    }
}
