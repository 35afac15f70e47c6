package org.ogireport.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aDraftSaysSoAtTheTop() throws IOException {
        Document doc = write(huaian, ExportOptions.draft("尚有 1 个错误未改正（T3-03），不得报送",
                LocalDate.of(2025, 1, 20)));
        assertThat(doc.select("h1 + p").text()).isEqualTo("草稿：尚有 1 个错误未改正（T3-03），不得报送");
        assertThat(write(huaian).text()).doesNotContain("草稿");
    }
}
